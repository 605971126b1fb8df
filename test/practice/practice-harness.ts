// The practice page as the extension serves it (src/practice/index.html), in
// the test window, with a store the test can read and steer.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act } from '@testing-library/preact';
import { JSDOM } from 'jsdom';
import { guideHost } from '../support/show-page';
import { newSession, type PracticeSession } from '../../src/practice/practice-session';
import { createPracticeStore, type PracticeStore } from '../../src/practice/practice-store';
import { startPractice } from '../../src/practice/start-practice';

const INDEX = join(dirname(fileURLToPath(import.meta.url)), '../../src/practice/index.html');

export interface OpenPractice {
  readonly store: PracticeStore;
  /** Where the presenter's controls are (a shadow root). */
  readonly presenter: HTMLElement;
  readonly banner: HTMLElement;
  /** The look-alike page's region. */
  readonly page: HTMLElement;
  readonly stop: () => void;
}

let open: OpenPractice | null = null;

/** The body of index.html, without its script: the test starts the practice itself. */
function showIndex(): void {
  const parsed = new JSDOM(readFileSync(INDEX, 'utf8')).window.document;
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  document.body.removeAttribute('data-text-size');
}

function shadowContent(selector: string): HTMLElement {
  const content = document.querySelector(selector)?.shadowRoot?.querySelector('div');
  if (!(content instanceof HTMLElement)) throw new Error(`${selector} has no content`);
  return content;
}

export async function openPractice(
  changes: Partial<PracticeSession> = {},
  save?: (session: PracticeSession) => Promise<void>,
): Promise<OpenPractice> {
  closePractice();
  showIndex();
  const store = createPracticeStore({ ...newSession(), ...changes }, save);
  let stop = () => {};
  // act(): the pages, the presenter and their effects (the guide's start) are drawn on return.
  await act(() => {
    stop = startPractice(window, store);
  });
  const page = document.getElementById('practice-page');
  if (!page) throw new Error('index.html has no #practice-page');
  open = {
    store,
    presenter: shadowContent('practice-presenter'),
    banner: shadowContent('practice-banner'),
    page,
    stop,
  };
  return open;
}

export function closePractice(): void {
  open?.stop();
  open = null;
  guideHost()?.remove();
}

export { guideHost, inGuide } from '../support/show-page';

/** Waits until the guide shows `step` on the page now shown. */
export async function guideOn(step: string): Promise<void> {
  await vi.waitFor(() => expect(guideHost()?.dataset.step).toBe(step), { timeout: 3000 });
}

/** Clicks the page's own element (link, button) found by `selector`, and waits for the next page. */
export async function clickOnPage(selector: string): Promise<void> {
  const element = document.querySelector<HTMLElement>(`#practice-page ${selector}`);
  if (!element) throw new Error(`No ${selector} on the practice page`);
  await act(() => element.click());
}

/** Clicks a presenter control found by `selector` in its shadow root, and waits for the change. */
export async function clickPresenter(presenter: HTMLElement, selector: string): Promise<void> {
  const element = presenter.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`No ${selector} in the presenter's panel`);
  await act(() => element.click());
}

/** Changes the session as a control would, and waits for the pages to follow. */
export async function change(
  store: PracticeStore,
  to: (session: PracticeSession) => PracticeSession,
): Promise<void> {
  await act(() => store.update(to));
}
