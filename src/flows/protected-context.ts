// What each step asks the filer to read or use besides the ringed target
// (which is always protected, with its labels): the bubble must cover none of
// it. Kept apart from the step definitions because only the overlay reads it:
// the content script carries the steps to every court page, and this would be
// dead weight on dockets and queries. A step without an entry protects its
// target alone; the record's type makes every step say so.
import type { Protect, StepId } from './types';

const NEXT: Protect = { button: /^next\b/ };
const SUBMIT: Protect = { button: { exact: 'submit' } };

export const PROTECTED_CONTEXT: { readonly [step in StepId]: readonly Protect[] } = {
  // Links: the ring's target alone.
  'ecf-home': [],
  'ecf-main': [],
  utilities: [],
  'release-1-1-menu': [],
  'link-done': [],
  'pacer-home': [],
  'manage-login-gate': [],
  'manage-account': [],
  maintenance: [],
  payment: [NEXT],
  'request-submitted': [],
  'registration-history': [],
  // Forms: every field the step fills in, what it asks to check, and the button that ends it.
  'pacer-login': [{ field: 'username' }, { field: 'password' }, { button: /^log ?in$/ }],
  'link-form': [{ field: /cm\/?ecf login/ }, { field: /cm\/?ecf password/ }, SUBMIT],
  'link-confirm': [
    { table: /pacer/ },
    // Names on labelled lines rather than in a table ("CM/ECF account: …").
    { block: /(cm\/ecf|pacer) account:/ },
    { text: /permanently linked/ },
    SUBMIT,
  ],
  'court-select': [{ field: 'court type' }, { field: /^court\b/ }, NEXT],
  'registration-type': [
    { field: 'e-file registration only' },
    { field: 'pro hac vice' },
    { button: 'e-file registration only' },
    { button: 'pro hac vice' },
    NEXT,
  ],
  'registration-details': [
    { field: /acknowledg/ },
    { table: 'firm/office' },
    { table: 'delivery method' },
    NEXT,
  ],
  terms: [
    // The terms themselves, paragraph by paragraph.
    { text: /constitutes (consent|your signature)|security of your password/ },
    { field: 'terms and conditions' },
    { field: 'local requirements' },
    SUBMIT,
  ],
};
