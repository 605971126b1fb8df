import { JSDOM } from 'jsdom';
import { fixtureHtml } from './load-fixture';

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
  return document.querySelector('pacer-link-guide');
}

export function inGuide(selector: string): HTMLElement | null {
  return guideHost()?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}
