// What a court page's own script can do to the guide, in jsdom: it finds the
// host but not the shadow root, and events it makes (isTrusted false) press
// nothing. The browser test (test/browser/hostile-pages.test.ts) tries the
// same from a real page's world.
import { bundledGuideCode } from '../../src/guide/bundled-guide-code';
import { HOST_SELECTOR } from '../../src/guide/mount-guide';
import { startGuide } from '../../src/guide/start-guide';
import { fakeGuideBackend, type FakeBackend } from '../support/fake-guide-backend';
import { guideHost, inGuide, showFixture } from '../support/show-page';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

async function showLinkForm(): Promise<FakeBackend> {
  showFixture(
    'authored/mnd-link-form-table.html',
    'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
  );
  const backend = fakeGuideBackend();
  stop = startGuide(window, backend, bundledGuideCode);
  await vi.waitFor(() => expect(inGuide('[data-action="restart"]')).not.toBeNull());
  return backend;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

it('is a plain div whose shadow root the page cannot reach', async () => {
  await showLinkForm();
  const host = document.querySelector(HOST_SELECTOR);
  expect(host?.tagName).toBe('DIV');
  expect(host?.shadowRoot).toBeNull();
  expect(host?.getAttribute('data-step')).toBe('link-form');
  expect(host?.getAttribute('data-court')).toBe('mnd');
});

it('acts on no click, key or focus a script makes', async () => {
  const backend = await showLinkForm();
  // Had the page found the buttons, a script's click is all it could make.
  for (const action of ['restart', 'turn-off', 'collapse', 'not-needed'])
    inGuide(`[data-action="${action}"]`)?.click();
  inGuide('[data-part="hint"]')?.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
  );
  await settle();
  expect(backend.restartCourt).not.toHaveBeenCalled();
  expect(backend.setGuidePreference).not.toHaveBeenCalled();
  expect(backend.markNotNeeded).not.toHaveBeenCalled();
  expect(inGuide('[data-part="hint"]')).not.toBeNull();

  // Alt+Shift+G from a script moves no focus.
  const field = document.querySelector<HTMLInputElement>('input:not([type="hidden"])');
  field?.focus();
  window.dispatchEvent(
    new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyG', bubbles: true }),
  );
  expect(document.activeElement).toBe(field);
});

it('takes back its own style and shows again when the page hides the host', async () => {
  await showLinkForm();
  const host = guideHost();
  if (!host) throw new Error('no guide');
  const style = host.getAttribute('style');
  host.style.setProperty('display', 'none', 'important');
  host.hidden = true;
  host.setAttribute('inert', '');
  host.className = 'page-hides-it';
  await settle();
  expect(host.getAttribute('style')).toBe(style);
  expect(host.hasAttribute('hidden')).toBe(false);
  expect(host.hasAttribute('inert')).toBe(false);
  expect(host.hasAttribute('class')).toBe(false);
});
