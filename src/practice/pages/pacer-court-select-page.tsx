// The wizard's first page (seed 003, step 7): Court Type and Court. A court
// missing from the list is already linked there.
import { useState } from 'preact/hooks';
import { COURTS } from '../../flows/court-registry';
import type { Court, CourtType } from '../../flows/types';
import { Wizard } from './pacer-wizard-frame';
import type { LookAlikes, PageProps } from './page-props';
import { wizardAt } from './site-addresses';

const COURT_TYPES: readonly [string, string, CourtType | null][] = [
  ['AP', 'U.S. Appellate Courts', null],
  ['BK', 'U.S. Bankruptcy Courts', 'bankruptcy'],
  ['DC', 'U.S. District Courts', 'district'],
];

/** The courts the drop-down offers: those of the type, less the one the variant leaves out. */
function offeredCourts(type: CourtType | null, missing: Court | null): Court[] {
  return COURTS.filter((entry) => entry.type === type && entry !== missing);
}

export function CourtSelectPage(props: PageProps) {
  const { court, variant } = props;
  const [type, setType] = useState<CourtType | null>(court.type);
  const courts = offeredCourts(type, variant === 'court-missing' ? court : null);
  return (
    <Wizard {...props} back="maintenance" next="registration-type" showCourt={false}>
      <fieldset class="usa-fieldset">
        <legend>Court Information</legend>
        <p class="usa-hint">Fields marked with an asterisk (*) are required.</p>
        <label for="regForm:courtType">Court Type *</label>
        <select
          id="regForm:courtType"
          name="regForm:courtType"
          value={COURT_TYPES.find(([, , kind]) => kind === type)?.[0] ?? ''}
          onChange={(event) =>
            setType(COURT_TYPES.find(([code]) => code === event.currentTarget.value)?.[2] ?? null)
          }
        >
          <option value="">-- Select --</option>
          {COURT_TYPES.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
        <label for="regForm:court">Court *</label>
        <select id="regForm:court" name="regForm:court">
          <option value="">-- Select --</option>
          {courts.map((entry) => (
            <option key={entry.id} value={entry.pacerCode}>
              {entry.pacerTitle} - NextGen
            </option>
          ))}
        </select>
      </fieldset>
    </Wizard>
  );
}

export const COURT_SELECT_LOOK_ALIKES = {
  'court-select': { render: CourtSelectPage, url: wizardAt },
} satisfies LookAlikes;
