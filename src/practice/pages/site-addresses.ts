// The addresses of the court and PACER pages the look-alikes imitate:
// recognition is told them, and reads them as a signal.
import type { Court } from '../../flows/types';
import type { Registration } from '../practice-pages';

const LOGIN = 'https://pacer.login.uscourts.gov/csologin/login.jsf';
export const PSC = 'https://pacer.psc.uscourts.gov/pscof';
/** PACER's account tabs switch in the page: one address for all of them. */
export const MAINTENANCE = `${PSC}/manage/maintenance.jsf`;

/** A page of the court's own CM/ECF site. */
export const ecfAt =
  (path: string) =>
  (court: Court): string =>
    `https://ecf.${court.id}.uscourts.gov${path}`;

/** The central login, on the way to `destination`. */
export const loginTo = (destination: string, court?: Court): string =>
  court
    ? `${LOGIN}?pscCourtId=${court.pacerCode}&appurl=${encodeURIComponent(destination)}`
    : `${LOGIN}?appurl=${encodeURIComponent(destination)}`;

/** The registration wizard's pages share one address, by the entry the filer took. */
export const wizardAt = (_court: Court, registration: Registration): string =>
  `${PSC}/regmgmt/${registration === 'attorney' ? 'atty' : 'nonAtty'}Registration.jsf`;
