// @vitest-environment node
// Storage at Chrome's own quota (storage.local, QUOTA_BYTES), in Chromium with
// the built extension: Chromium's refusal is recognised, the popup says nothing
// was saved, a court page's guide carries on from the page, nothing stored is
// lost, and the same change succeeds once there is room.
import { fixture } from '../../harness/browser/paths';
import { waitForStep } from '../../harness/browser/guide';
import { useSession } from './support/session';

const session = useSession();
const FORM = 'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl';
const FULL = /storage for this extension is full\. Nothing was changed/;

it('refuses a change at the quota without losing anything, and takes it once there is room', async () => {
  session().sites();
  await session().browser.forgetStatuses();
  const statuses = () =>
    session()
      .browser.storage()
      .then(({ local }) => local.statuses);
  const popup = await session().browser.openPopup();
  const empty = await session().browser.fillStorage(10);

  // Adding a court in the popup: refused, and said.
  const search = popup.getByRole('combobox', { name: 'Court name, state or id' });
  await search.fill('cacb');
  await search.press('Enter');
  await popup.getByRole('alert').filter({ hasText: FULL }).waitFor({ timeout: 10_000 });
  expect(await statuses()).toEqual({});

  // A court page: its report is refused, its guide shows the step all the same.
  session().server.page(FORM, fixture('authored/mnd-link-form-table.html'));
  const page = await session().browser.newPage();
  await page.goto(FORM);
  const guide = await waitForStep(page, 'link-form', 'mnd');
  expect(guide.ring).not.toBeNull();
  await page.waitForTimeout(500);
  expect(await statuses()).toEqual({});

  await empty();
  await search.fill('cacb');
  await search.press('Enter');
  await popup.locator('li[data-court="cacb"]').waitFor({ timeout: 10_000 });
  expect(await statuses()).toMatchObject({ cacb: { status: 'not-started' } });
  await page.reload();
  await waitForStep(page, 'link-form', 'mnd');
  await expect.poll(statuses).toMatchObject({ mnd: { status: 'in-progress', step: 'link-form' } });
  await Promise.all([page.close(), popup.close()]);
});
