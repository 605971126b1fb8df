// Each court's CM/ECF help desk: the way out when the filer is stuck.
// Generated into court-help-desks.json from PACER's court lookup by
// scripts/import-courts.ts. Kept apart from the court registry on purpose:
// the content script loads the registry on every court page, while a help
// desk is shown only where a filer is stuck and in the popup. On court pages
// this is a lazily loaded file of its own (guide/help-desks-file.ts), which
// the guide imports the first time it shows a help desk; the popup imports it.

import helpDesksJson from './court-help-desks.json';

/** [number as the court writes it, e.g. "(317) 229-3800" or "210-472-6720 ext. 240"; division?] */
export type PhoneRow = readonly [string, string?];
/** [court id, CM/ECF information page or null, ...phones] */
export type HelpDeskRow = readonly [string, string | null, ...PhoneRow[]];

export interface HelpDeskPhone {
  /** For display: the court's own formatting. */
  readonly number: string;
  /** `tel:` URI (RFC 3966) with the extension, if any. */
  readonly href: string;
  /** The division or purpose the court gives for this number ("Tucson", "CALL CENTER"). */
  readonly division: string | null;
}

export interface HelpDesk {
  /** Empty when PACER's lookup lists none for the court (it may list an e-mail address instead). */
  readonly phones: readonly HelpDeskPhone[];
  /** The court's CM/ECF information page (https), or null when PACER lists none. */
  readonly page: string | null;
}

const NUMBER = /^\(?(\d{3})\)?[ -](\d{3})-(\d{4})(?: ext\. (\d+))?/;

/** "tel:+12104726720;ext=240" for "210-472-6720 ext. 240"; an IVR option (", option 12") is not dialled. */
export function telHref(number: string): string {
  const match = NUMBER.exec(number);
  if (!match) throw new Error(`not a help desk number: ${number}`);
  const [, area, exchange, line, extension] = match;
  return `tel:+1${area}${exchange}${line}${extension ? `;ext=${extension}` : ''}`;
}

const rows = new Map(
  (helpDesksJson as unknown as readonly HelpDeskRow[]).map((row) => [row[0], row]),
);

/** The help desk of a court by id; null for an unknown id. */
export function helpDeskOf(courtId: string): HelpDesk | null {
  const row = rows.get(courtId);
  if (!row) return null;
  const [, page, ...phones] = row;
  return {
    page,
    phones: phones.map(([number, division]) => ({
      number,
      href: telHref(number),
      division: division ?? null,
    })),
  };
}
