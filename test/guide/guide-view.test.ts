// @vitest-environment node
import { chooseGuideView, looksLikeFirmName, type GuideInput } from '../../src/guide/guide-view';
import { detectPage } from '../../src/detection/detect-page';
import type { Detection } from '../../src/detection/types';
import type { CourtView } from '../../src/messaging/protocol';
import { loadFixture } from '../support/load-fixture';

const shown = () => true;

function detection(file: string, url: string): Detection {
  return detectPage(new URL(url), loadFixture(file, url));
}

function input(found: Detection, change: Partial<GuideInput> = {}): GuideInput {
  return {
    detection: found,
    court: null,
    role: null,
    conditions: { cookiesBlocked: false, usernameLength: 0 },
    enabled: true,
    collapsed: false,
    expanded: false,
    wayIn: () => null,
    ...change,
  };
}

const linkedCourt: CourtView = {
  court: 'mnd',
  tracked: true,
  status: {
    status: 'linked',
    at: 1,
    source: { kind: 'detected', step: 'link-done', evidence: 'link-done' },
  },
  guide: { collapsed: false, enabled: true },
};

describe('choosing what the guide shows', () => {
  const maintenance = detection(
    'authored/pacer-maintenance.html',
    'https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf',
  );

  it.each([
    [null, 'attorney-registration'],
    ['attorney', 'attorney-registration'],
    ['non-attorney', 'non-attorney-registration'],
  ] as const)('points a filer whose role is %s at %s', (role, target) => {
    const view = chooseGuideView(input(maintenance, { role }), shown);
    expect(view.kind === 'step' && view.target?.id).toBe(target);
  });

  it('rings the entry inside an opened Utilities sub-menu, else Utilities itself', () => {
    const opened = detection(
      'authored/iasd-ecf-main-utilities-submenu-open.html',
      'https://ecf.iasd.uscourts.gov/cgi-bin/login.pl',
    );
    const view = chooseGuideView(input(opened, { expanded: true }), shown);
    expect(view.kind === 'step' && view.target?.id).toMatch(/^submenu-/);
    const closed = chooseGuideView(
      input(opened, { expanded: true }),
      (element) => !element.closest('.yuimenu'),
    );
    expect(closed.kind === 'step' && closed.target?.id).toBe('utilities-menu');
  });

  it('keeps guiding through the linking pages even when the court is marked linked', () => {
    const form = detection(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    expect(chooseGuideView(input(form, { court: linkedCourt }), shown).kind).toBe('step');
    const home = detection(
      'authored/mnd-ecf-home-showindex.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/ShowIndex.pl',
    );
    expect(chooseGuideView(input(home, { court: linkedCourt }), shown).kind).toBe('linked');
  });

  it('shows nothing where the filer turned it off, and a pill where they collapsed it', () => {
    const form = detection(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    expect(chooseGuideView(input(form, { enabled: false }), shown).kind).toBe('hidden');
    expect(chooseGuideView(input(form, { collapsed: true }), shown)).toMatchObject({
      kind: 'pill',
      reason: 'collapsed',
    });
    expect(chooseGuideView(input(form, { collapsed: true, expanded: true }), shown).kind).toBe(
      'step',
    );
  });

  it('says a step has nothing to click rather than a missing target', () => {
    const done = detection(
      'authored/mnd-link-done.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    const view = chooseGuideView(input(done), shown);
    expect(view.kind === 'step' && view.targetState).toBe('none');
  });

  it('never rings a hidden element', () => {
    const form = detection(
      'authored/mnd-link-form-table.html',
      'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    );
    const view = chooseGuideView(input(form), () => false);
    expect(view.kind === 'step' && [view.target, view.targetState]).toEqual([null, 'missing']);
  });

  it('moves on to Next once the box is ticked, and back when it is cleared', () => {
    const url = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf';
    const found = detection('authored/cob-registration-details.html', url);
    const box = found.highlight.find((candidate) => candidate.id === 'acknowledge')
      ?.element as HTMLInputElement;
    const target = () => {
      const view = chooseGuideView(input(found), shown);
      return view.kind === 'step' ? view.target?.id : null;
    };
    expect(target()).toBe('acknowledge');
    box.checked = true;
    expect(target()).toBe('next');
    box.checked = false;
    expect(target()).toBe('acknowledge');
  });
});

describe('a PACER account named like a firm', () => {
  it.each([
    ['Smith & Jones LLP', true],
    ['Doe Law Group', true],
    ['Acme Legal, P.C.', true],
    ['Roe and Associates', true],
    ['John Attorney', false],
    ['Lawrence Groupman', false],
    ['Pat Assistant', false],
  ])('%s: %s', (name, firm) => {
    expect(looksLikeFirmName(name)).toBe(firm);
  });
});
