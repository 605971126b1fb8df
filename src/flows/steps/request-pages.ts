// The registration wizard and its neighbours, told apart by content alone:
// the account pages (manage-account, maintenance) are tried only when none of
// them is the page. Named by id (checked against the flows' ids) rather than
// by importing their modules: reading `.id` off an import would keep every
// step in the overlay, which imports these modules for `protects` alone.
import type { PacerRequestStepId } from '../pacer-request-flow';

export const REQUEST_PAGES: readonly PacerRequestStepId[] = [
  'court-select',
  'registration-type',
  'registration-details',
  'payment',
  'terms',
  'request-submitted',
  'registration-history',
];
