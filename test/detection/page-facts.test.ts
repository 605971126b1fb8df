// @vitest-environment node
// The facts recognition alone decides, that the background and the popup take
// from it rather than deciding again: how the page shows the link, whether it
// starts a flow, and the court its address names.
import { detectPage } from '../../src/detection/detect-page';
import { reportOf } from '../../src/detection/page-report';
import { courtOfUrl, flowOfUrl } from '../../src/detection/read-url';
import type { StepId } from '../../src/flows/types';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { loadFixture } from '../support/load-fixture';

/** The pages every user of a court passes, most with nothing to link: they start no flow. */
const EVERYDAY: ReadonlySet<StepId> = new Set([
  'ecf-home',
  'pacer-login',
  'ecf-main',
  'pacer-home',
  'manage-login-gate',
  'manage-account',
]);

describe.each(FIXTURES.map((fixture) => [`${fixture.file} at ${fixture.url}`, fixture] as const))(
  '%s',
  (_name, fixture) => {
    const detection = detectPage(new URL(fixture.url), loadFixture(fixture.file, fixture.url));
    const { step, linked } = fixture.expect;

    it('says by which sign the page shows the link: the success page first', () => {
      const sign =
        linked === null
          ? null
          : step === 'link-done'
            ? 'link-done'
            : linked
              ? 'filing-menus'
              : 'pacer-only-menus';
      expect({ linkSign: detection.linkSign, linked: detection.linked }).toEqual({
        linkSign: sign,
        linked,
      });
    });

    it('starts a flow on a step past the everyday pages, and on no other page', () => {
      expect(detection.startsFlow).toBe(step !== null && !EVERYDAY.has(step));
    });
  },
);

describe('the report of a page', () => {
  const fixture = FIXTURES.find((each) => each.expect.step === 'link-done');

  it('carries recognition’s facts, and neither the page’s elements nor the evidence', () => {
    if (!fixture) throw new Error('No link-done fixture');
    const detection = detectPage(new URL(fixture.url), loadFixture(fixture.file, fixture.url));
    const report = reportOf(detection);
    expect(report).toStrictEqual({
      court: 'mnd',
      courtsNamed: [],
      training: false,
      flow: 'court-link',
      step: 'link-done',
      startsFlow: true,
      linked: true,
      linkSign: 'link-done',
      courtOptions: null,
      registrations: null,
    });
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });
});

describe('the court an address names', () => {
  const LOGIN = 'https://pacer.login.uscourts.gov/csologin/login.jsf';

  it.each([
    ['a court’s CM/ECF host', 'https://ecf.mnd.uscourts.gov/cgi-bin/iquery.pl', 'mnd', false],
    ['its training host', 'https://ecf-train.cacb.uscourts.gov/', 'cacb', true],
    ['a login with the court’s code', `${LOGIN}?pscCourtId=NCMBK`, 'ncmb', false],
    [
      'a login that returns to a training site',
      `${LOGIN}?appurl=${encodeURIComponent('https://ecf-train.iasd.uscourts.gov/')}`,
      'iasd',
      true,
    ],
  ])('is the court of %s', (_case, href, court, training) => {
    expect(courtOfUrl(new URL(href))).toMatchObject({ court, training });
  });

  it.each([
    ['PACER’s account pages', 'https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf'],
    ['a login that names no court', LOGIN],
    ['a host of no known court', 'https://ecf.zzz.uscourts.gov/'],
    ['a court host on another port', 'https://ecf.mnd.uscourts.gov:8443/'],
    ['a look-alike host', 'https://ecf.mnd.uscourts.gov.example.com/'],
  ])('is none on %s', (_case, href) => {
    expect(courtOfUrl(new URL(href))).toBeNull();
  });

  it('tells the flow of a login page by where it leads, and none when it does not say', () => {
    const psc = encodeURIComponent('https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf');
    expect(flowOfUrl(new URL(`${LOGIN}?appurl=${psc}`), 'pacer-login')).toBe('pacer-request');
    expect(flowOfUrl(new URL(`${LOGIN}?pscCourtId=MNDC`), 'pacer-login')).toBe('court-link');
    expect(flowOfUrl(new URL(LOGIN), 'pacer-login')).toBeNull();
  });
});
