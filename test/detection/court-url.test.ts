import { isCourtUrl } from '../../src/detection/classify-host';

describe('the content script runs', () => {
  it.each([
    'https://ecf.mnd.uscourts.gov/cgi-bin/login.pl',
    'https://ecf.mnd.uscourts.gov:443/cgi-bin/login.pl',
    'https://ecf-train.nysb.uscourts.gov/',
    'https://pacer.login.uscourts.gov/csologin/login.jsf',
    'https://pacer.psc.uscourts.gov/pscof/manage/maintenance.jsf',
  ])('on %s', (href) => {
    expect(isCourtUrl(href)).toBe(true);
  });
});

describe('the content script does nothing', () => {
  it.each([
    // The manifest lets these through: any port matches, and `*` in a glob crosses the host.
    'https://ecf.mnd.uscourts.gov:8443/x/.uscourts.gov/cgi-bin/LinkAccount.pl',
    'https://ecf.mnd.uscourts.gov:8443/cgi-bin/login.pl',
    'https://pacer.login.uscourts.gov:444/csologin/login.jsf',
    'https://ecf.mnd.uscourts.gov.example.com/',
    'https://constructor/',
    'http://ecf.mnd.uscourts.gov/cgi-bin/login.pl',
    'not a url',
  ])('on %s', (href) => {
    expect(isCourtUrl(href)).toBe(false);
  });
});
