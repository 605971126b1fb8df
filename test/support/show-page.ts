import { JSDOM } from 'jsdom';
import { HOST_SELECTOR } from '../../src/guide/mount-guide';
import { fixtureHtml } from './load-fixture';
import { guideRoot } from './guide-root';

declare const jsdom: JSDOM;

/** Puts a page in the test window at its real URL (vitest's jsdom instance), without running its scripts. */
export function showPage(html: string, url: string): void {
  jsdom.reconfigure({ url });
  const parsed = new JSDOM(html).window.document;
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  document.title = parsed.title;
}

export function showFixture(file: string, url: string): void {
  showPage(fixtureHtml(file), url);
}

export function guideHost(): HTMLElement | null {
  return document.querySelector<HTMLElement>(HOST_SELECTOR);
}

/** The guide's (closed) shadow root, as the content script holds it. */
export function guideShadow(): ShadowRoot | null {
  const host = guideHost();
  return host && guideRoot(host);
}

export function inGuide(selector: string): HTMLElement | null {
  return guideShadow()?.querySelector<HTMLElement>(selector) ?? null;
}
