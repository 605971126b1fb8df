// The clerk's controls: the court, a step list of both flows, back and next,
// restart, and larger text for a projector.
import { act } from '@testing-library/preact';
import { FLOWS, stepNumber } from '../../src/flows/flows';
import {
  clickOnPage,
  clickPresenter,
  closePractice,
  guideHost,
  guideOn,
  inGuide,
  openPractice,
} from './practice-harness';

afterEach(closePractice);

const COURT_LINK_STEPS = FLOWS['court-link'].steps.length;

const virtualUrl = (banner: HTMLElement) =>
  banner.querySelector('[data-part="virtual-url"]')?.textContent;

describe('the presenter’s controls', () => {
  it('list every page of both flows, numbered as the guide numbers its steps', async () => {
    const { presenter } = await openPractice();
    const lists = [...presenter.querySelectorAll('nav ol')];
    expect(lists).toHaveLength(2);
    const numbers = lists.map((list) =>
      [...list.querySelectorAll('.number')].map((number) => number.textContent),
    );
    expect(numbers[0]).toEqual([
      ...FLOWS['court-link'].steps.map((_step, index) => String(index + 1)),
      '✓',
    ]);
    expect(numbers[1]).toEqual(
      FLOWS['pacer-request'].steps.map((_step, index) => String(index + 1)),
    );
  });

  it('jump to any step, and the guide follows', async () => {
    const { store, presenter, banner } = await openPractice({ court: 'mnd' });
    await clickPresenter(presenter, 'button[data-page="link-form"]');
    expect(store.get().page).toBe('link-form');
    expect(presenter.querySelector('[aria-current="step"]')?.getAttribute('data-page')).toBe(
      'link-form',
    );
    expect(virtualUrl(banner)).toBe('https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl');
    await guideOn('link-form');
    expect(inGuide('[data-part="progress"]')?.textContent).toBe(
      `Step ${stepNumber('court-link', 'link-form')} of ${COURT_LINK_STEPS}`,
    );
  });

  it('go back and forth along the route, with the Release 1.1 page only when it is needed', async () => {
    const { store, presenter } = await openPractice({ page: 'utilities' });
    await clickPresenter(presenter, '[data-action="next"]');
    expect(store.get().page).toBe('link-form');
    await clickPresenter(presenter, '[data-action="back"]');
    expect(store.get().page).toBe('utilities');

    await clickPresenter(presenter, 'input[value="release-route"]');
    await clickPresenter(presenter, '[data-action="next"]');
    expect(store.get().page).toBe('release-1-1-menu');
    await clickPresenter(presenter, '[data-action="back"]');
    await clickPresenter(presenter, '[data-action="back"]');
    expect(store.get().page).toBe('ecf-main');
  });

  it('cannot go before the first page or after the last', async () => {
    const { presenter } = await openPractice({ page: 'pacer-home' });
    expect(presenter.querySelector<HTMLButtonElement>('[data-action="back"]')?.disabled).toBe(true);
    await clickPresenter(presenter, 'button[data-page="registration-history"]');
    expect(presenter.querySelector<HTMLButtonElement>('[data-action="next"]')?.disabled).toBe(true);
  });

  it('restart: the practice status cleared, the first page, the guide afresh', async () => {
    const { store, presenter } = await openPractice({ page: 'link-done' });
    await guideOn('link-done');
    await vi.waitFor(() => expect(store.get().statuses.mnd?.status).toBe('linked'));
    expect(presenter.querySelector('[data-part="practice-status"]')?.textContent).toMatch(/Linked/);
    const before = guideHost();

    await clickPresenter(presenter, '[data-action="restart"]');
    expect(store.get().page).toBe('ecf-home');
    await guideOn('ecf-home');
    expect(guideHost()).not.toBe(before);
    await vi.waitFor(() =>
      expect(presenter.querySelector('[data-part="practice-status"]')?.textContent).toMatch(
        new RegExp(`step 1 of ${COURT_LINK_STEPS}`),
      ),
    );
    expect(store.get().statuses.mnd?.status).toBe('in-progress');
  });

  it('start the other flow afresh: a court linked in one flow is not linked in the demo of the other', async () => {
    const { store, presenter } = await openPractice({ page: 'ecf-main-linked' });
    await vi.waitFor(() => expect(store.get().statuses.mnd?.status).toBe('linked'));
    await clickPresenter(presenter, 'button[data-page="pacer-home"]');
    await guideOn('pacer-home');
    await vi.waitFor(() => expect(inGuide('[data-part="instruction"]')).not.toBeNull());
    expect(store.get().statuses.mnd?.status).toBe('in-progress');
  });

  it('make the text larger, in the page and in the guide', async () => {
    const { store, presenter } = await openPractice({ page: 'utilities' });
    await guideOn('utilities');
    const radios = presenter.querySelectorAll<HTMLInputElement>('.sizes input');
    await act(() => radios[2]?.click());
    expect(store.get().textSize).toBe('larger');
    expect(document.body.dataset.textSize).toBe('larger');
    await vi.waitFor(() =>
      expect(inGuide('.layer')?.getAttribute('style')).toContain('--guide-font: 22px'),
    );
  });

  it('choose the court: its address, its name, and a bankruptcy court’s menus', async () => {
    const { store, presenter, banner } = await openPractice({ page: 'ecf-main-linked' });
    const select = presenter.querySelector<HTMLSelectElement>('select[data-control="court"]');
    expect(select?.value).toBe('mnd');
    await act(() => {
      if (!select) return;
      select.value = 'cacb';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(store.get().court).toBe('cacb');
    expect(virtualUrl(banner)).toBe('https://ecf.cacb.uscourts.gov/cgi-bin/login.pl');
    expect(banner.textContent).toContain('Central District of California');
    expect(document.querySelector('#topmenu')?.textContent).toMatch(/Bankruptcy.*Adversary/);
    await guideOn('ecf-main');
    expect(guideHost()?.dataset.court).toBe('cacb');
  });

  it('say it is practice, on every page', async () => {
    const { banner } = await openPractice();
    expect(banner.textContent).toMatch(/Practice — nothing here reaches the court/);
    expect(document.title).toMatch(/Practice court/);
    await clickOnPage('a[data-go="court-login"]');
    expect(banner.textContent).toMatch(/Practice/);
  });
});
