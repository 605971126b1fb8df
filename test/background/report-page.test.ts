// Page reports from content scripts: the status they lead to, the court they
// belong to, the toolbar badge of their tab, and no update lost.
import { fakeBrowser } from '@webext-core/fake-browser';
import { badgeOf, onCourtSite, startBackground, storedStatuses } from './background-harness';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reportPage', () => {
  it('follows the court through the flow and answers with its view', async () => {
    const bg = startBackground();
    const view = await bg.reportFrom(5, {
      court: 'mnd',
      flow: 'court-link',
      step: 'utilities',
      linkSign: 'pacer-only-menus',
    });
    expect(view).toStrictEqual({
      court: 'mnd',
      tracked: true,
      status: {
        status: 'in-progress',
        at: bg.now(),
        flow: 'court-link',
        step: 'utilities',
        source: { kind: 'detected', step: 'utilities', evidence: 'step-seen' },
      },
      guide: { collapsed: false, enabled: true },
    });
    expect(await storedStatuses()).toStrictEqual({ mnd: view?.status });
  });

  it('shows the step number on the tab while the flow is under way, and a check mark once linked', async () => {
    const bg = startBackground();
    await bg.reportFrom(5, {
      court: 'mnd',
      flow: 'court-link',
      step: 'ecf-main',
      linkSign: 'pacer-only-menus',
    });
    expect(await badgeOf(5)).toBe('3');
    await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'link-confirm' });
    expect(await badgeOf(5)).toBe('7');
    await bg.reportFrom(5, {
      court: 'mnd',
      flow: 'court-link',
      step: 'link-done',
      linkSign: 'link-done',
    });
    expect(await badgeOf(5)).toBe('✓');
    // Any later page of a linked court keeps the mark, even one outside the flows.
    await bg.reportFrom(5, { court: 'mnd' });
    expect(await badgeOf(5)).toBe('✓');
  });

  it('labels each tab by its own page', async () => {
    const bg = startBackground();
    await bg.reportFrom(1, { court: 'mnd', flow: 'court-link', step: 'utilities' });
    await bg.reportFrom(2, {
      court: 'cacb',
      flow: 'court-link',
      step: 'link-done',
      linkSign: 'link-done',
    });
    expect([await badgeOf(1), await badgeOf(2), await badgeOf(3)]).toStrictEqual(['4', '✓', '']);
  });

  it('clears the badge on a page outside the flows of a court not linked', async () => {
    const bg = startBackground();
    await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'utilities' });
    await bg.reportFrom(5, { court: 'mnd', flow: null, step: null });
    expect(await badgeOf(5)).toBe('');
  });

  it('numbers pacer-login by the flow under way in the court', async () => {
    const bg = startBackground();
    await bg.reportFrom(5, { court: 'mnd', flow: 'pacer-request', step: 'court-select' });
    await bg.reportFrom(5, { court: 'mnd', flow: null, step: 'pacer-login' });
    expect(await badgeOf(5)).toBe('3');
  });

  it('adds a court to "My courts" when a page says something, not for a page that says nothing', async () => {
    const bg = startBackground();
    await bg.reportFrom(5, { court: 'iasd' });
    expect(await storedStatuses()).toStrictEqual({});
    await bg.reportFrom(5, { court: 'iasd', linkSign: 'filing-menus' });
    expect(await storedStatuses()).toMatchObject({
      iasd: { status: 'linked', source: { evidence: 'filing-menus' } },
    });
  });

  it('leaves the real court alone on its training site, and shows no check mark there', async () => {
    const bg = startBackground();
    await bg.reportFrom(5, {
      court: 'mnd',
      flow: 'court-link',
      step: 'link-done',
      linkSign: 'link-done',
    });
    const view = await bg.reportFrom(6, {
      court: 'mnd',
      training: true,
      flow: 'court-link',
      step: 'utilities',
    });
    expect(view?.status.status).toBe('linked');
    expect(await badgeOf(6)).toBe('4');
    await bg.reportFrom(6, {
      court: 'cacb',
      training: true,
      flow: 'court-link',
      step: 'link-done',
      linkSign: 'link-done',
    });
    expect(await storedStatuses()).not.toHaveProperty('cacb');
  });

  describe('what reading in a court adds to "My courts"', () => {
    it('adds nothing for dockets, the front page, the login and the main page of a court', async () => {
      const bg = startBackground();
      for (const court of ['nysd', 'cand', 'txsd', 'ilnd']) {
        await bg.reportFrom(5, { court, linkSign: 'pacer-only-menus' });
        await bg.reportFrom(5, { court, flow: 'court-link', step: 'ecf-home' });
        await bg.reportFrom(5, { court, flow: 'court-link', step: 'pacer-login' });
        await bg.reportFrom(5, {
          court,
          flow: 'court-link',
          step: 'ecf-main',
          linkSign: 'pacer-only-menus',
        });
      }
      expect(await storedStatuses()).toStrictEqual({});
    });

    it('starts the flow at Utilities, and from the popup’s Start at the first step', async () => {
      const bg = startBackground();
      await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'utilities' });
      await bg.send('startCourt', { court: 'cacb', flow: 'court-link' });
      expect(await storedStatuses()).toMatchObject({
        mnd: { status: 'in-progress', step: 'utilities' },
        cacb: { status: 'in-progress', step: 'ecf-home' },
      });
    });

    it('lets the popup’s Start change nothing in a court already under way or linked', async () => {
      const bg = startBackground();
      await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'link-form' });
      await bg.reportFrom(5, { court: 'cacb', linkSign: 'filing-menus' });
      const before = await storedStatuses();
      await bg.send('startCourt', { court: 'mnd', flow: 'court-link' });
      await bg.send('startCourt', { court: 'cacb', flow: 'court-link' });
      expect(await storedStatuses()).toStrictEqual(before);
    });

    it('marks a court not needed from the guide’s "I don’t e-file here"', async () => {
      const bg = startBackground();
      const view = await bg.send('markNotNeeded', { court: 'nysd' }, onCourtSite('nysd'));
      expect(view.status).toMatchObject({ status: 'not-needed', source: { kind: 'manual' } });
      expect(view.tracked).toBe(true);
    });
  });

  describe('a PACER page that names two courts', () => {
    it('is recorded against neither of them, nor against the request under way', async () => {
      const bg = startBackground();
      await bg.reportFrom(5, { court: 'cob', flow: 'pacer-request', step: 'court-select' });
      const before = await storedStatuses();
      const view = await bg.reportFrom(5, {
        court: null,
        courtsNamed: ['iasd', 'txwd'],
        flow: 'pacer-request',
        step: 'request-submitted',
      });
      expect(view).toBeNull();
      expect(await storedStatuses()).toStrictEqual(before);
    });
  });

  describe('the history page', () => {
    it('marks a court whose request is pending requested, one processed linked', async () => {
      const bg = startBackground();
      await bg.reportFrom(3, {
        court: null,
        flow: 'pacer-request',
        step: 'registration-history',
        registrations: [
          { court: 'iasd', status: 'Pending', state: 'pending' },
          { court: 'cob', status: 'Processed', state: 'processed' },
          { court: 'txwd', status: 'Returned', state: 'rejected' },
          { court: 'nysd', status: 'Sent to chambers', state: 'unknown' },
        ],
      });
      const statuses = await storedStatuses();
      expect(statuses).toMatchObject({
        iasd: { status: 'requested' },
        cob: { status: 'linked', source: { evidence: 'request-processed' } },
      });
      expect(Object.keys(statuses).sort()).toStrictEqual(['cob', 'iasd']);
    });
  });

  describe('a PACER page that names no court', () => {
    it('is ignored when no PACER request is under way', async () => {
      const bg = startBackground();
      await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'utilities' });
      expect(await bg.reportFrom(5, { flow: 'pacer-request', step: 'maintenance' })).toBeNull();
      expect(await storedStatuses()).toStrictEqual({
        mnd: expect.objectContaining({ step: 'utilities' }) as unknown,
      });
    });

    it('belongs to the court whose PACER request was under way most recently', async () => {
      const bg = startBackground();
      await bg.reportFrom(5, { court: 'cob', flow: 'pacer-request', step: 'court-select' });
      bg.tick();
      await bg.reportFrom(5, { court: 'mnd', flow: 'pacer-request', step: 'court-select' });
      bg.tick();
      await bg.reportFrom(5, { court: 'cacb', flow: 'court-link', step: 'utilities' });
      bg.tick();
      const view = await bg.reportFrom(5, { flow: 'pacer-request', step: 'registration-type' });
      expect(view?.court).toBe('mnd');
      expect(await storedStatuses()).toMatchObject({
        cob: { step: 'court-select' },
        mnd: { step: 'registration-type' },
      });
      expect(await badgeOf(5)).toBe('7');
    });

    it('proves the link when the Court list of that type leaves the court out', async () => {
      const bg = startBackground();
      await bg.reportFrom(5, { court: 'mnd', flow: 'pacer-request', step: 'maintenance' });
      const view = await bg.reportFrom(5, {
        flow: 'pacer-request',
        step: 'court-select',
        courtOptions: ['akd', 'almd'],
      });
      expect(view?.status).toMatchObject({
        status: 'linked',
        source: { evidence: 'court-not-offered' },
      });
      expect(await badgeOf(5)).toBe('✓');
    });
  });

  it('loses no update when many tabs report at once', async () => {
    const bg = startBackground();
    const courts = [
      'mnd',
      'cacb',
      'iasd',
      'ncmb',
      'cob',
      'nysd',
      'cand',
      'ctd',
      'nvb',
      'wiwb',
      'akd',
      'almd',
    ];
    await Promise.all(
      courts.map((court, tab) =>
        bg.reportFrom(tab + 1, {
          court,
          flow: 'court-link',
          step: 'link-done',
          linkSign: 'link-done',
        }),
      ),
    );
    const stored = await storedStatuses();
    expect(Object.keys(stored).sort()).toStrictEqual([...courts].sort());
    expect(
      Object.values(stored).every((status) => (status as { status: string }).status === 'linked'),
    ).toBe(true);
  });

  it('applies one court’s reports from several tabs in the order they came', async () => {
    const bg = startBackground();
    await Promise.all([
      bg.reportFrom(1, {
        court: 'mnd',
        flow: 'court-link',
        step: 'ecf-main',
        linkSign: 'pacer-only-menus',
      }),
      bg.reportFrom(2, {
        court: 'mnd',
        flow: 'court-link',
        step: 'link-done',
        linkSign: 'link-done',
      }),
      bg.reportFrom(3, { court: 'mnd', flow: 'court-link', step: 'utilities' }),
    ]);
    // Linked is never downgraded by a later step page.
    expect(await storedStatuses()).toMatchObject({ mnd: { status: 'linked' } });
  });

  it('refuses a report for a court that does not exist, and stores nothing', async () => {
    const bg = startBackground();
    await expect(
      bg.reportFrom(5, { court: 'xyz', flow: 'court-link', step: 'link-done' }),
    ).rejects.toThrow(/xyz is not a known court/);
    await expect(
      bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'link-elsewhere' as never }),
    ).rejects.toThrow(/reportPage: step/);
    // Only recognition's own signs prove a link: no other word reaches the status.
    await expect(
      bg.reportFrom(5, { court: 'mnd', step: null, linkSign: 'says-linked' as never }),
    ).rejects.toThrow(/reportPage: linkSign/);
    expect(await storedStatuses()).toStrictEqual({});
  });
});

describe('PACER’s E-File Registration/Maintenance History', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('links each court whose request it lists as processed, and no other', async () => {
    const bg = startBackground();
    for (const step of ['court-select', 'terms', 'request-submitted'] as const) {
      await bg.reportFrom(3, { court: 'cob', flow: 'pacer-request', step });
    }
    await bg.reportFrom(4, { court: 'mnd', flow: 'court-link', step: 'utilities' });
    const view = await bg.reportFrom(3, {
      court: null,
      flow: 'pacer-request',
      step: 'registration-history',
      registrations: [
        { court: 'cob', status: 'Processed', state: 'processed' },
        { court: 'mnd', status: 'Unknown words', state: 'unknown' },
      ],
    });
    const statuses = await storedStatuses();
    expect(statuses.cob).toMatchObject({
      status: 'linked',
      source: { evidence: 'request-processed' },
    });
    expect(statuses.mnd).toMatchObject({ status: 'in-progress', step: 'utilities' });
    expect(view?.court).toBe('cob');
  });
});
