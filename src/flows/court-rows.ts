// courts.json ships in every court page's content script, so it stores each
// court as a short row and the rest is derived: PACER's code is the id in
// capitals plus C (district) or K (bankruptcy), and the full name and PACER
// title follow from the state and the district's direction. The few courts
// PACER names otherwise carry their name or title in the row.
import type { Court, CourtType } from './types';

/** [id, d|b, state, direction ('' for a single district), name?, title?] */
export type CourtRow = readonly [string, 'd' | 'b', string, string, string?, string?];

const TYPE_WORD: Readonly<Record<CourtType, string>> = {
  district: 'District',
  bankruptcy: 'Bankruptcy',
};
const DIRECTION =
  /^U\.S\. (?:District|Bankruptcy) Court for the (Northern|Southern|Eastern|Western|Middle|Central) District of /;

function derivedName(type: CourtType, state: string, direction: string): string {
  const district = direction ? `${direction} District of ${state}` : `District of ${state}`;
  return `U.S. ${TYPE_WORD[type]} Court for the ${district}`;
}

function derivedTitle(type: CourtType, state: string, direction: string): string {
  return `${state}${direction ? ` ${direction}` : ''} ${TYPE_WORD[type]} Court`;
}

export function expandCourt([id, letter, state, direction, name, title]: CourtRow): Court {
  const type: CourtType = letter === 'd' ? 'district' : 'bankruptcy';
  return {
    id,
    type,
    name: name ?? derivedName(type, state, direction),
    state,
    pacerCode: `${id.toUpperCase()}${type === 'district' ? 'C' : 'K'}`,
    pacerTitle: title ?? derivedTitle(type, state, direction),
  };
}

/** The row for a court; throws when its PACER code breaks the rule the rows rely on. */
export function compactCourt(court: Court): CourtRow {
  const { id, type, state, name, pacerTitle, pacerCode } = court;
  const direction = DIRECTION.exec(name)?.[1] ?? '';
  const letter = type === 'district' ? 'd' : 'b';
  const nameDiffers = name !== derivedName(type, state, direction);
  const row: CourtRow =
    pacerTitle !== derivedTitle(type, state, direction)
      ? [id, letter, state, direction, name, pacerTitle]
      : nameDiffers
        ? [id, letter, state, direction, name]
        : [id, letter, state, direction];
  if (expandCourt(row).pacerCode !== pacerCode) {
    throw new Error(`${id}: PACER code ${pacerCode} does not follow the id`);
  }
  return row;
}
