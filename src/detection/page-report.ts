// What a content script tells the background of a page: recognition's facts,
// without the elements and the evidence. The one list of the report's fields;
// the request schema (messaging/request-schemas.ts) is checked against it.
import type { Detection } from './types';

const REPORTED = [
  'court',
  'courtsNamed',
  'training',
  'flow',
  'step',
  'startsFlow',
  'linked',
  'linkSign',
  'courtOptions',
  'registrations',
] as const satisfies readonly (keyof Detection)[];

/** `court` is null on PACER pages that name no court. */
export type PageReport = Pick<Detection, (typeof REPORTED)[number]>;

export function reportOf(detection: Detection): PageReport {
  return Object.fromEntries(REPORTED.map((field) => [field, detection[field]])) as PageReport;
}
