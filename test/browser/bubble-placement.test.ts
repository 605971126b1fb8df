// @vitest-environment node
// Issue 14: on every form step, at three window sizes and with the largest
// text, the bubble lies inside the window, covers nothing the step asks the
// filer to read or use, and shows all it says without scrolling inside; in
// CM/ECF's dense link lists the ring stays off the neighbouring links. What
// the step is about is found here as a filer finds it (label text, roles,
// captions), never through the guide's own list. Prints a table of results.
import type { Locator, Page } from 'playwright-core';
import { waitForStep } from '../../harness/browser/guide';
import { fixture } from '../../harness/browser/paths';
import { StepScreenshots } from './support/screenshots';
import { useSession } from './support/session';
import { TAB_WIDGETS_SCRIPT } from './support/tab-widgets';
import { inGuideShadow } from '../../harness/browser/guide-shadow';

const LOGIN = 'https://pacer.login.uscourts.gov/csologin/login.jsf';
const WIZARD = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf';
const MND_ECF = 'https://ecf.mnd.uscourts.gov/cgi-bin';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface FormStep {
  readonly step: string;
  /** How the results and screenshots name the page, when one step has several. */
  readonly name?: string;
  /** The one window where the bubble may scroll inside, since no whole place leaves the step in sight. */
  readonly scrollsAt?: string;
  readonly court: string;
  readonly flow: 'court-link' | 'pacer-request';
  readonly file: string;
  readonly url: string;
  /** PACER's PrimeFaces pages need their widget scripts' stand-in. */
  readonly widgets?: true;
  /** What the step asks the filer to read or use, named for the table of results. */
  readonly protect: (page: Page) => Record<string, Locator>;
  /**
   * Text the guide keeps clear when that leaves the bubble whole, and gives up
   * before it would scroll inside (the bubble repeats the warning): reported, not asserted.
   */
  readonly reading?: (page: Page) => Record<string, Locator>;
}

/** The check box a PrimeFaces page draws for the (visually hidden) native one. */
const drawnCheckbox = (page: Page, name: RegExp) =>
  page
    .getByRole('checkbox', { name })
    .locator('xpath=ancestor::div[contains(@class,"ui-chkbox")][1]');
const button = (page: Page, name: string) =>
  page.locator('form').getByRole('button', { name, exact: true });

const STEPS: readonly FormStep[] = [
  {
    step: 'pacer-login',
    court: 'mnd',
    flow: 'court-link',
    file: 'authored/mnd-pacer-login.html',
    url: `${LOGIN}?pscCourtId=MNDC&appurl=${encodeURIComponent(`${MND_ECF}/ShowIndex.pl`)}`,
    widgets: true,
    protect: (page) => ({
      username: page.getByRole('row', { name: /^Username/ }),
      password: page.getByRole('row', { name: /^Password/ }),
      login: button(page, 'Login'),
    }),
  },
  {
    step: 'link-form',
    court: 'mnd',
    flow: 'court-link',
    file: 'authored/mnd-link-form-table.html',
    url: `${MND_ECF}/LinkAccount.pl`,
    protect: (page) => ({
      login: page.getByRole('row', { name: /CM\/ECF login/ }),
      password: page.getByRole('row', { name: /CM\/ECF password/ }),
      submit: button(page, 'Submit'),
    }),
  },
  {
    step: 'link-confirm',
    court: 'mnd',
    flow: 'court-link',
    file: 'authored/mnd-link-confirm-match.html',
    url: `${MND_ECF}/LinkAccount.pl?981245318722-L_1_0-1`,
    protect: (page) => ({
      names: page.getByRole('table').filter({ hasText: 'PACER' }),
      submit: button(page, 'Submit'),
      // Not asked for, but right beside Submit: a bubble over it was seen in a screenshot.
      clear: button(page, 'Clear'),
    }),
    reading: (page) => ({ permanent: page.getByText(/permanently\s+linked/) }),
  },
  {
    step: 'link-confirm',
    name: 'link-confirm-names-differ',
    scrollsAt: '800×600',
    court: 'cacb',
    flow: 'court-link',
    file: 'authored/cacb-link-confirm-names-differ.html',
    url: 'https://ecf.cacb.uscourts.gov/cgi-bin/LinkAccount.pl?275513988410021-L_1_0-1',
    // Nothing is ringed (do not submit): the docked bubble must still leave the names in sight.
    protect: (page) => ({
      // In the page's own form: the bubble shows the names too.
      cmecfName: page.locator('#linkForm').getByText('John Attorney', { exact: true }),
      pacerName: page.locator('#linkForm').getByText('Jane Paralegal', { exact: true }),
    }),
  },
  {
    step: 'court-select',
    court: 'cob',
    flow: 'pacer-request',
    file: 'authored/cob-court-select.html',
    url: WIZARD,
    widgets: true,
    protect: (page) => ({
      // Court Type and Court, a row each.
      courts: page.getByRole('table').filter({ hasText: 'Court Type' }),
      next: button(page, 'Next'),
    }),
  },
  {
    step: 'registration-type',
    court: 'mnd',
    flow: 'pacer-request',
    file: 'authored/mnd-registration-type-radio.html',
    url: WIZARD,
    protect: (page) => ({
      eFileOnly: page.getByLabel('E-File Registration Only', { exact: true }),
      eFileOnlyLabel: page.getByText('E-File Registration Only', { exact: true }),
      proHacVice: page.getByLabel('Pro Hac Vice', { exact: true }),
      proHacViceLabel: page.getByText('Pro Hac Vice', { exact: true }),
      next: page.getByRole('button', { name: 'Next', exact: true }),
    }),
  },
  {
    step: 'registration-details',
    court: 'cob',
    flow: 'pacer-request',
    file: 'authored/cob-registration-details.html',
    url: WIZARD,
    widgets: true,
    protect: (page) => ({
      acknowledge: drawnCheckbox(page, /I acknowledge/),
      acknowledgement: page.getByText(/^I acknowledge that/),
      contact: page.getByRole('table').filter({ hasText: 'Firm/Office' }),
      delivery: page.getByRole('table').filter({ hasText: 'Delivery Method' }),
      next: button(page, 'Next'),
    }),
  },
  {
    step: 'terms',
    court: 'cob',
    flow: 'pacer-request',
    file: 'authored/cob-terms.html',
    url: WIZARD,
    widgets: true,
    protect: (page) => ({
      termsText: page.getByText(/^\d\. /),
      terms: drawnCheckbox(page, /Terms and Conditions/),
      termsLabel: page.getByText(/^I have read and agree/),
      local: drawnCheckbox(page, /local requirements/),
      localLabel: page.getByText(/^I have read and understand/),
      submit: button(page, 'Submit'),
    }),
  },
];

interface Setting {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly textSize: 'standard' | 'larger';
}

const SETTINGS: readonly Setting[] = [
  { name: '1280×800', width: 1280, height: 800, textSize: 'standard' },
  { name: '1024×768', width: 1024, height: 768, textSize: 'standard' },
  { name: '800×600', width: 800, height: 600, textSize: 'standard' },
  { name: '1280×800 larger text', width: 1280, height: 800, textSize: 'larger' },
];

interface Bubble extends Box {
  readonly scrollHeight: number;
  readonly clientHeight: number;
  readonly placement: string;
}

async function readBubble(page: Page): Promise<Bubble | null> {
  return inGuideShadow(page, (root) => {
    const bubble = root.querySelector<HTMLElement>('[data-part="hint"]');
    if (!bubble) return null;
    const { left, top, right, bottom } = bubble.getBoundingClientRect();
    const { scrollHeight, clientHeight } = bubble;
    return {
      left,
      top,
      right,
      bottom,
      scrollHeight,
      clientHeight,
      placement: bubble.dataset.placement ?? '',
    };
  });
}

/** The bubble once it has stopped moving (it follows once an animation frame). */
async function settledBubble(page: Page): Promise<Bubble | null> {
  let before = await readBubble(page);
  for (let tries = 0; tries < 30; tries += 1) {
    await page.waitForTimeout(100);
    const now = await readBubble(page);
    if (now && before && JSON.stringify(now) === JSON.stringify(before)) return now;
    before = now;
  }
  return before;
}

async function boxesOf(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    }),
  );
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const round = (box: Box) =>
  `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.right - box.left)}×${Math.round(box.bottom - box.top)}`;

interface Row {
  readonly page: string;
  readonly setting: string;
  readonly bubble: string;
  readonly placement: string;
  readonly overlap: number;
  readonly covered: string;
  /** Overlap with `reading` text, px². */
  readonly reading: number;
  readonly inside: boolean;
  readonly innerScroll: boolean;
}

const session = useSession();
const rows: Row[] = [];
const screenshots = new StepScreenshots('placement');

afterAll(() => {
  screenshots.report();
  if (rows.length === 0) return;
  const header =
    '| page | window × text | bubble (x,y w×h) | placed | overlap px² | inside window | inner scroll | text read if room, px² |';
  const lines = rows.map(
    (row) =>
      `| ${row.page} | ${row.setting} | ${row.bubble} | ${row.placement} | ${row.overlap}${row.covered ? ` (${row.covered})` : ''} | ${row.inside ? 'yes' : 'NO'} | ${row.innerScroll ? 'YES' : 'no'} | ${row.reading} |`,
  );
  console.log(['', header, '|---|---|---|---|---|---|---|---|', ...lines].join('\n'));
});

async function storeSetting(setting: Setting, step: FormStep): Promise<void> {
  await session().browser.storeLocal({
    preferences: { role: 'attorney', textSize: setting.textSize, guide: {} },
    statuses: {
      [step.court]: {
        status: 'in-progress',
        at: Date.now(),
        flow: step.flow,
        step: step.step,
        source: { kind: 'detected', step: step.step, evidence: 'step-seen' },
      },
    },
  });
}

describe.each(SETTINGS)('at $name', (setting) => {
  let page: Page;
  beforeEach(async () => {
    session().server.resetRoutes();
    page = await session().browser.newPage();
    await page.setViewportSize({ width: setting.width, height: setting.height });
  });
  afterEach(async () => {
    await page?.close();
  });

  it.each(STEPS.map((step) => ({ ...step, name: step.name ?? step.step })))(
    '$name: the bubble covers nothing the step is about',
    async (step) => {
      await storeSetting(setting, step);
      session().server.page(
        step.url,
        fixture(step.file),
        step.widgets ? TAB_WIDGETS_SCRIPT : undefined,
      );
      await page.goto(step.url);
      await waitForStep(page, step.step, step.court);
      const bubble = await settledBubble(page);
      expect(bubble, 'the bubble').not.toBeNull();
      if (!bubble) return;
      const covered: string[] = [];
      let total = 0;
      for (const [name, locator] of Object.entries(step.protect(page))) {
        const boxes = await boxesOf(locator);
        expect(boxes.length, `${step.step}: ${name} is on the page`).toBeGreaterThan(0);
        const area = boxes.reduce((sum, box) => sum + overlap(bubble, box), 0);
        if (area > 0) covered.push(`${name} ${Math.round(area)}`);
        total += area;
      }
      let reading = 0;
      for (const locator of Object.values(step.reading?.(page) ?? {})) {
        for (const box of await boxesOf(locator)) reading += overlap(bubble, box);
      }
      const inside =
        bubble.left >= -0.5 &&
        bubble.top >= -0.5 &&
        bubble.right <= setting.width + 0.5 &&
        bubble.bottom <= setting.height + 0.5;
      const innerScroll = bubble.scrollHeight > bubble.clientHeight;
      rows.push({
        page: step.name,
        setting: setting.name,
        bubble: round(bubble),
        placement: bubble.placement,
        overlap: Math.round(total),
        covered: covered.join(', '),
        reading: Math.round(reading),
        inside,
        innerScroll,
      });
      if (setting.name === '1280×800') await screenshots.take(page, step.name);
      if (setting.textSize === 'larger' && setting.width === 1280)
        await screenshots.take(page, `${step.name}-larger-text`);
      expect(covered, `${step.name} at ${setting.name}: covered`).toEqual([]);
      expect(inside, `${step.name} at ${setting.name}: inside the window`).toBe(true);
      // At 800×600 the names-differ bubble (names, the help desk, three warnings) has no
      // place where it is whole and leaves the names in sight: the names win, it scrolls.
      if (step.scrollsAt !== setting.name) {
        expect(
          { scrollHeight: bubble.scrollHeight, clientHeight: bubble.clientHeight },
          `${step.name} at ${setting.name}: no scrolling inside the bubble`,
        ).toSatisfy(({ scrollHeight, clientHeight }) => scrollHeight <= clientHeight);
      }
    },
  );
});

describe('the ring in dense CM/ECF link lists', () => {
  const LISTS = [
    {
      name: 'Utilities',
      file: 'authored/cacb-utilities-release-1-1-only.html',
      url: 'https://ecf.cacb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1',
      step: 'utilities',
      link: 'NextGen Release 1.1 Menu Items',
    },
    {
      name: 'Release 1.1',
      file: 'authored/cacb-release-1-1-menu.html',
      url: 'https://ecf.cacb.uscourts.gov/cgi-bin/DisplayMenu.pl?NGRelease11&id=-1',
      step: 'release-1-1-menu',
      link: 'Link a CM/ECF account to my PACER account',
    },
  ];
  let page: Page;
  beforeEach(async () => {
    session().server.resetRoutes();
    page = await session().browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterEach(async () => {
    await page?.close();
  });

  it.each(LISTS)('$name: the ring stays off the links above and below', async (list) => {
    await storeSetting(SETTINGS[0]!, {
      step: list.step,
      court: 'cacb',
      flow: 'court-link',
      file: list.file,
      url: list.url,
      protect: () => ({}),
    });
    session().server.page(list.url, fixture(list.file));
    await page.goto(list.url);
    await waitForStep(page, list.step, 'cacb');
    await settledBubble(page);
    const found = await inGuideShadow(
      page,
      (root, name) => {
        const box = (rect: DOMRect) => ({
          left: rect.left,
          top: rect.top,
          right: rect.right,
          bottom: rect.bottom,
        });
        const ring = root.querySelector('[data-part="highlight"]');
        // What the ring paints beyond its box: an outline, and shadows that are not inset.
        const style = ring ? getComputedStyle(ring) : null;
        const outline =
          style && style.outlineStyle !== 'none'
            ? parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
            : 0;
        const shadows = (style?.boxShadow ?? 'none')
          .split(/,(?![^(]*\))/)
          .filter((shadow) => shadow !== 'none' && !shadow.includes('inset'))
          .map((shadow) => {
            const [x = 0, y = 0, blur = 0, spread = 0] = (shadow.match(/-?[\d.]+px/g) ?? []).map(
              parseFloat,
            );
            return spread + blur + Math.max(Math.abs(x), Math.abs(y));
          });
        const beyond = Math.max(0, outline, ...shadows);
        const painted = (rect: DOMRect) => ({
          left: rect.left - beyond,
          top: rect.top - beyond,
          right: rect.right + beyond,
          bottom: rect.bottom + beyond,
        });
        const links = [...document.querySelectorAll('a')].filter(
          (link) => !link.closest('#topmenu') && link.getClientRects().length > 0,
        );
        const target = links.find((link) => link.textContent?.trim() === name);
        return {
          ring: ring ? painted(ring.getBoundingClientRect()) : null,
          target: target ? box(target.getBoundingClientRect()) : null,
          links: links
            .filter((link) => link !== target)
            .map((link) => ({
              text: link.textContent?.trim() ?? '',
              ...box(link.getBoundingClientRect()),
            })),
        };
      },
      list.link,
    );
    if (!found) throw new Error(`No guide on ${list.url}`);
    expect(found.ring, 'the ring').not.toBeNull();
    expect(found.target, 'the ringed link').not.toBeNull();
    const { ring, target } = found as { ring: Box; target: Box };
    // The links nearest above and below the target, and any on its line.
    const above = found.links
      .filter((link) => link.bottom <= target.top + 1)
      .sort((a, b) => b.bottom - a.bottom)[0];
    const below = found.links
      .filter((link) => link.top >= target.bottom - 1)
      .sort((a, b) => a.top - b.top)[0];
    const neighbours = [above, below].filter((link) => link !== undefined);
    const reaching = neighbours.map((link) => ({
      link: link.text,
      overlap: overlap(ring, link),
      gap: Math.min(Math.abs(link.top - target.bottom), Math.abs(target.top - link.bottom)),
    }));
    console.log(
      `${list.name}: ring ${round(ring)} around ${round(target)}; neighbours ${JSON.stringify(reaching)}`,
    );
    await screenshots.take(page, `ring-${list.step}`);
    expect(reaching.filter((neighbour) => neighbour.overlap > 0)).toEqual([]);
  });
});
