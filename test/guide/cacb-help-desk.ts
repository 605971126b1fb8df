// What the guide's help desk says for cacb (two phones, one a call centre),
// the court the names-differ page is in: one place for the tests that show it.
import { inGuide } from '../support/show-page';

export const helpDesk = () => inGuide('[data-part="help-desk"]');

export const phoneLinks = () =>
  [...(helpDesk()?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]') ?? [])].map((link) => [
    link.textContent,
    link.getAttribute('href'),
  ]);

/** The cacb help desk as PACER's court lookup gives it, under the names check. */
export function expectCacbHelpDesk(): void {
  expect(helpDesk()?.dataset.court).toBe('cacb');
  expect(helpDesk()?.textContent).toContain(
    'Call the California Central Bankruptcy Court CM/ECF help desk: 213-894-2365, 855-460-9641 (CALL CENTER)',
  );
  expect(phoneLinks()).toEqual([
    ['213-894-2365', 'tel:+12138942365'],
    ['855-460-9641', 'tel:+18554609641'],
  ]);
  const page = helpDesk()?.querySelector<HTMLAnchorElement>('a[target="_blank"]');
  expect(page?.getAttribute('href')).toBe('https://www.cacb.uscourts.gov/');
  expect(page?.textContent).toBe('The court’s CM/ECF help page');
  expect(page?.getAttribute('rel')).toBe('noopener noreferrer');
  expect(helpDesk()?.closest('section')?.getAttribute('aria-label')).toBe('Check both names');
}
