/// <reference types="vite/client" />
// What each step asks the filer to read or use besides the ringed target
// (which is always protected, with its labels): the bubble must cover none of
// it. Each step's module says so in its `protects`, kept apart from the step
// itself because only the overlay reads it: the content script carries the
// steps to every court page, where this would be dead weight on dockets and
// queries. Gathered by the bundler (Vite's glob import), which takes that one
// export of each module and nothing else; a test holds it to the flows.
import type { Protect, StepId } from './types';

const PROTECTS = import.meta.glob<readonly Protect[]>('./steps/*/*.ts', {
  eager: true,
  import: 'protects',
});

/** `./steps/court-link/link-form.ts` → `link-form`; both flows' `pacer-login` protect the same. */
const stepOf = (path: string): string => path.replace(/^.*\/|\.ts$/g, '');

export const PROTECTED_CONTEXT = Object.fromEntries(
  Object.entries(PROTECTS).map(([path, protects]) => [stepOf(path), protects]),
) as { readonly [step in StepId]: readonly Protect[] };
