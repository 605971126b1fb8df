// The practice court's pages: one look-alike per step of both flows, in the
// flows' order (the order the real sites lead through them), each drawn by a
// page file of pages/ with the address of the court page it imitates
// (recognition reads it as a signal).
//
//   court-link:    ecf-home → court-login → ecf-main → utilities → (release-1-1-menu)
//                  → link-form → link-confirm → link-done → (F5) ecf-main-linked
//   pacer-request: pacer-home → manage-login-gate → pacer-login → manage-account
//                  → maintenance → court-select → registration-type → registration-details
//                  → payment → terms → request-submitted → registration-history
import { FLOWS, FLOW_IDS } from '../flows/flows';
import type { Court, FlowId, StepId } from '../flows/types';
import { t } from '../platform/i18n';
import { LOOK_ALIKES } from './pages/look-alikes';
import type { VariantId } from './variants';

/**
 * One look-alike per step, named after it; and two more: the court's login
 * apart from PACER's own (`court-login`), and the main page once linked.
 */
export type PracticePageId = StepId | 'court-login' | 'ecf-main-linked';

/** Which PACER registration entry the filer took: it names the wizard's page. */
export type Registration = 'attorney' | 'non-attorney';

export interface PracticePage {
  readonly id: PracticePageId;
  readonly flow: FlowId;
  /** The step recognition must find on it (the main page after linking is `ecf-main` with filing menus). */
  readonly step: StepId;
  /** How the presenter's step list names it, in the filer's language. */
  readonly label: string;
}

/** The presenter's name for a page: its id's message, e.g. practice_page_link_form. */
export const pageMessageKey = (id: PracticePageId): string =>
  `practice_page_${id.replace(/-/g, '_')}`;

const page = (id: PracticePageId, flow: FlowId, step: StepId): PracticePage => ({
  id,
  flow,
  step,
  // A getter: the language is the browser's when the list is shown, not when this loads.
  get label() {
    return t(pageMessageKey(id));
  },
});

/** A step's look-alike is named after it, but for the court's login: PACER's own is `pacer-login`. */
const NAMED_APART: { readonly [flow in FlowId]?: { readonly [step in StepId]?: PracticePageId } } =
  {
    'court-link': { 'pacer-login': 'court-login' },
  };

/** Look-alikes of where a step leads once done: F5 on link-done shows the main page with its filing menus. */
const THEN: {
  readonly [flow in FlowId]?: { readonly [step in StepId]?: { id: PracticePageId; step: StepId } };
} = {
  'court-link': { 'link-done': { id: 'ecf-main-linked', step: 'ecf-main' } },
};

/** The flows' steps in order, each with its look-alike (and what follows it). */
export const PAGES: readonly PracticePage[] = FLOW_IDS.flatMap((flow) =>
  FLOWS[flow].steps.flatMap((step) => {
    const then = THEN[flow]?.[step.id];
    return [
      page(NAMED_APART[flow]?.[step.id] ?? step.id, flow, step.id),
      ...(then ? [page(then.id, flow, then.step)] : []),
    ];
  }),
);

export const PAGE_IDS: readonly PracticePageId[] = PAGES.map((entry) => entry.id);

const BY_ID = new Map(PAGES.map((entry) => [entry.id, entry]));

/** What a reload of `id` shows: the page after it, for a page that asks for F5 (THEN). */
export function afterReload(id: PracticePageId): PracticePageId {
  const shown = BY_ID.get(id);
  return (shown && THEN[shown.flow]?.[shown.step]?.id) ?? id;
}

/** PACER's account tabs switch in place: Manage My Account and its Maintenance tab are one load. */
const SAME_LOAD: { readonly [page in PracticePageId]?: PracticePageId } = {
  maintenance: 'manage-account',
};

/** The page load `id` belongs to: its own, or the one whose tab it is. */
export function loadOf(id: PracticePageId): PracticePageId {
  return SAME_LOAD[id] ?? id;
}

export function isPageId(value: unknown): value is PracticePageId {
  return typeof value === 'string' && BY_ID.has(value as PracticePageId);
}

export function pageById(id: PracticePageId): PracticePage {
  // PAGE_IDS is read off PAGES: every id has its entry.
  return BY_ID.get(id) as PracticePage;
}

export function pagesOfFlow(flow: FlowId): readonly PracticePage[] {
  return PAGES.filter((entry) => entry.flow === flow);
}

export function firstPageOf(flow: FlowId): PracticePageId {
  return (pagesOfFlow(flow)[0] as PracticePage).id;
}

/** The address of the court page a practice page imitates: what recognition is told. */
export function virtualUrl(id: PracticePageId, court: Court, registration: Registration): string {
  return LOOK_ALIKES[id].url(court, registration);
}

/** Pages off the usual way: shown when the variant calls for them, or when jumped to. */
const DETOURS: { readonly [page in PracticePageId]?: VariantId } = {
  'release-1-1-menu': 'release-route',
};

/** The way through the flow of `id`, by the way the variant's pages lead. */
function route(id: PracticePageId, variant: VariantId): PracticePageId[] {
  return pagesOfFlow(pageById(id).flow)
    .map((entry) => entry.id)
    .filter((page) => page === id || DETOURS[page] === undefined || DETOURS[page] === variant);
}

/** Where the site leads from `id`, as its Next, Submit and links do; null at the end. */
export function nextPage(id: PracticePageId, variant: VariantId): PracticePageId | null {
  const way = route(id, variant);
  return way[way.indexOf(id) + 1] ?? null;
}

/** Where the filer came from on the usual way; null on the first page. */
export function previousPage(id: PracticePageId, variant: VariantId): PracticePageId | null {
  const way = route(id, variant);
  return way[way.indexOf(id) - 1] ?? null;
}
