// What the popup, the options page and the guide ask of the background.
import { fakeBrowser } from '@webext-core/fake-browser';
import { statusesToJson } from '../../src/storage/statuses-file';
import { parseStatusesFile } from '../../src/storage/parse-statuses-file';
import { inProgress, linked, notStarted, T0 } from '../progress/builders';
import { onCourtSite, startBackground, storedStatuses } from './background-harness';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('statuses set by hand', () => {
  it('marks a court linked by hand, keeps following the pages underneath, and clears back to them', async () => {
    const bg = startBackground();
    await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'utilities' });
    const marked = await bg.send('setStatusByHand', { court: 'mnd', status: 'linked' });
    expect(marked.status).toMatchObject({
      status: 'linked',
      source: { kind: 'manual', detected: { step: 'utilities' } },
    });

    await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'link-form' });
    const cleared = await bg.send('clearStatusByHand', { court: 'mnd' });
    expect(cleared.status).toMatchObject({ status: 'in-progress', step: 'link-form' });
  });

  it('flags a conflict when the pages disagree with the filer', async () => {
    const bg = startBackground();
    await bg.send('setStatusByHand', { court: 'cacb', status: 'not-needed' });
    const view = await bg.reportFrom(5, {
      court: 'cacb',
      flow: 'court-link',
      step: 'ecf-main',
      linkSign: 'filing-menus',
    });
    expect(view?.status).toMatchObject({
      status: 'not-needed',
      conflict: { sign: 'filing-menus', step: 'ecf-main' },
    });
  });

  it('refuses a status a page must show, such as in-progress', async () => {
    const bg = startBackground();
    await expect(
      bg.send('setStatusByHand', { court: 'mnd', status: 'in-progress' as never }),
    ).rejects.toThrow(/setStatusByHand/);
  });
});

describe('restartCourt', () => {
  it('forgets what is known, detected or set by hand, and keeps the court in "My courts"', async () => {
    const bg = startBackground();
    await bg.send('setStatusByHand', { court: 'mnd', status: 'linked' });
    bg.tick();
    const view = await bg.send('restartCourt', { court: 'mnd' });
    expect(view.status).toStrictEqual({ status: 'not-started', at: bg.now() });
    expect(await storedStatuses()).toStrictEqual({ mnd: view.status });
  });
});

describe('trackCourt and untrackCourt', () => {
  it('adds a court not started, leaves a tracked one as it is, and takes it off again', async () => {
    const bg = startBackground();
    expect((await bg.send('trackCourt', { court: 'ncmb' })).status).toStrictEqual({
      status: 'not-started',
      at: T0,
    });
    await bg.reportFrom(5, { court: 'ncmb', flow: 'court-link', step: 'utilities' });
    expect((await bg.send('trackCourt', { court: 'ncmb' })).status.status).toBe('in-progress');
    await bg.send('untrackCourt', { court: 'ncmb' });
    expect(await storedStatuses()).toStrictEqual({});
  });
});

describe('guide preferences', () => {
  it('defaults to an expanded guide that is on, and remembers changes per court', async () => {
    const bg = startBackground();
    // The guide on each court's pages asks; the popup switches it the same way.
    expect(
      (await bg.send('getCourtView', { court: 'mnd' }, onCourtSite('mnd'))).guide,
    ).toStrictEqual({
      collapsed: false,
      enabled: true,
    });
    await bg.send(
      'setGuidePreference',
      { court: 'mnd', preference: { collapsed: true } },
      onCourtSite('mnd'),
    );
    const view = await bg.send('setGuidePreference', {
      court: 'mnd',
      preference: { enabled: false },
    });
    expect(view.guide).toStrictEqual({ collapsed: true, enabled: false });
    expect(
      (await bg.send('getCourtView', { court: 'cacb' }, onCourtSite('cacb'))).guide,
    ).toStrictEqual({
      collapsed: false,
      enabled: true,
    });
    // A preference alone does not put a court in "My courts".
    expect(await storedStatuses()).toStrictEqual({});
  });
});

describe('preferences', () => {
  it('sets the role and the text size, one without the other', async () => {
    const bg = startBackground();
    expect(await bg.send('getPreferences', {})).toStrictEqual({
      role: null,
      textSize: 'standard',
      guide: {},
    });
    await bg.send('setPreferences', { role: 'non-attorney' });
    expect(await bg.send('setPreferences', { textSize: 'larger' })).toStrictEqual({
      role: 'non-attorney',
      textSize: 'larger',
      guide: {},
    });
    expect(await bg.send('setPreferences', { role: null })).toMatchObject({
      role: null,
      textSize: 'larger',
    });
  });

  it('refuses a role that is not one', async () => {
    const bg = startBackground();
    await expect(bg.send('setPreferences', { role: 'judge' as never })).rejects.toThrow(
      /setPreferences: role/,
    );
  });
});

describe('importStatuses', () => {
  it('replaces the courts in the file and keeps the others', async () => {
    const bg = startBackground();
    await bg.reportFrom(5, { court: 'mnd', flow: 'court-link', step: 'utilities' });
    await bg.send('trackCourt', { court: 'iasd' });
    const file = parseStatusesFile(statusesToJson({ mnd: linked(), cacb: notStarted }, T0));
    if (!file.ok) throw new Error(file.problem.kind);
    expect(await bg.send('importStatuses', { statuses: file.statuses })).toStrictEqual({
      imported: 2,
    });
    expect(await storedStatuses()).toStrictEqual({
      mnd: linked(),
      cacb: notStarted,
      iasd: { status: 'not-started', at: T0 },
    });
  });

  it('checks the statuses again and imports nothing when one is bad', async () => {
    const bg = startBackground();
    const statuses = {
      mnd: linked(),
      cacb: { ...inProgress('court-link', 'utilities'), step: 'payment' },
    };
    await expect(bg.send('importStatuses', { statuses: statuses as never })).rejects.toThrow(
      /importStatuses/,
    );
    expect(await storedStatuses()).toStrictEqual({});
  });
});

describe('getOverview', () => {
  it('gives every tracked court, the preferences, what was set aside and the court of the tab asked about', async () => {
    await fakeBrowser.storage.local.set({ version: 1, statuses: { ctd: 'garbage' } });
    const bg = startBackground();
    await bg.reportFrom(7, { court: 'mnd', flow: 'pacer-request', step: 'court-select' });
    await bg.reportFrom(7, { flow: 'pacer-request', step: 'payment' });

    const overview = await bg.send('getOverview', { tabId: 7 });
    expect(Object.keys(overview.statuses)).toStrictEqual(['mnd']);
    expect(overview.tabCourt).toBe('mnd');
    expect(overview.setAside).toMatchObject([{ from: 'statuses.ctd', value: 'garbage' }]);
    expect((await bg.send('getOverview', { tabId: 8 })).tabCourt).toBeNull();
    expect((await bg.send('getOverview', { tabId: null })).tabCourt).toBeNull();

    expect(await bg.send('discardSetAside', {})).toBeNull();
    expect((await bg.send('getOverview', { tabId: null })).setAside).toStrictEqual([]);
  });
});
