// @vitest-environment node
import { detectPage } from '../../src/detection/detect-page';
import { generateDocket } from '../../scripts/bench/generate-docket';
import { fixtureHtml, loadFixture, parseHtml } from '../support/load-fixture';

const MENU_PACER_ONLY = `<div id="topmenu" class="yuimenubar"><div class="bd"><ul class="first-of-type">
  <li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/iquery.pl">Query</a></li>
  <li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Reports">Reports</a></li>
  <li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a></li>
  <li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/login.pl?logout">Log Out</a></li>
</ul></div></div>`;

function detect(url: string, body: string, head = '') {
  return detectPage(
    new URL(url),
    parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, url),
  );
}

function confirmPage(names: string) {
  return detect(
    'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    `${MENU_PACER_ONLY}<div id="cmecfMainContent"><h3>Link a CM/ECF account to my PACER account</h3>
     <p>Do you want to link these accounts?</p>${names}
     <form><input type="submit" value="Submit"><input type="reset" value="Clear"></form></div>`,
  );
}

describe('reading the two names on the confirm page', () => {
  it.each([
    [
      'a table with label cells',
      '<table><tr><td>CMECF</td><td>John Attorney</td></tr><tr><td>PACER</td><td>John Attorney</td></tr></table>',
    ],
    [
      'bold labels followed by text',
      '<p><b>CM/ECF account:</b> John Attorney<br><b>PACER account:</b> John Attorney</p>',
    ],
    [
      'label and value in one line each',
      '<div>CM/ECF account: John Attorney<br>PACER account: John Attorney</div>',
    ],
    [
      'a definition list',
      '<dl><dt>CM/ECF</dt><dd>John Attorney</dd><dt>PACER</dt><dd>John Attorney</dd></dl>',
    ],
  ])('%s', (_layout, names) => {
    const detection = confirmPage(names);
    expect(detection.step).toBe('link-confirm');
    expect(detection.names).toEqual({ cmecf: 'John Attorney', pacer: 'John Attorney' });
    expect(detection.namesMatch).toBe(true);
  });

  it('ignores case, spacing and punctuation, but not other letters', () => {
    const same = confirmPage(
      '<table><tr><td>CMECF</td><td>JOHN Q.  ATTORNEY, Jr.</td></tr><tr><td>PACER</td><td>John Q Attorney Jr</td></tr></table>',
    );
    expect(same.namesMatch).toBe(true);
    const different = confirmPage(
      '<table><tr><td>CMECF</td><td>John Attorney</td></tr><tr><td>PACER</td><td>Jane Paralegal</td></tr></table>',
    );
    expect(different.namesMatch).toBe(false);
  });

  it('reports a name that looks like markup as the text it is', () => {
    const detection = confirmPage(
      '<table><tr><td>CMECF</td><td>John Attorney</td></tr><tr><td>PACER</td><td>&lt;img src=x onerror=alert(1)&gt;</td></tr></table>',
    );
    expect(detection.names?.pacer).toBe('<img src=x onerror=alert(1)>');
    expect(detection.namesMatch).toBe(false);
  });

  it('says nothing about the match when a name cannot be read', () => {
    const detection = confirmPage('<p>CMECF John Attorney</p>');
    expect(detection.step).toBe('link-confirm');
    expect(detection.namesMatch).toBeNull();
  });
});

describe('the PACER login page', () => {
  const LOGIN = `<form id="loginForm"><label for="loginForm:loginName">Username *</label>
    <input id="loginForm:loginName" name="loginForm:loginName" type="text">
    <label for="loginForm:password">Password *</label><input id="loginForm:password" type="password">
    <button type="submit">Login</button></form>`;
  const at = (query: string) =>
    detect(`https://pacer.login.uscourts.gov/csologin/login.jsf${query}`, LOGIN);

  it.each([
    ['a court code', '?pscCourtId=mndc', 'mnd', 'court-link'],
    [
      'a court’s CM/ECF site to return to',
      '?appurl=https%3A%2F%2Fecf.cacb.uscourts.gov%2Fcgi-bin%2FShowIndex.pl',
      'cacb',
      'court-link',
    ],
    [
      'a training site to return to',
      '?appurl=https%3A%2F%2Fecf-train.cacb.uscourts.gov%2F',
      'cacb',
      'court-link',
    ],
    [
      'PACER’s account pages to return to',
      '?appurl=https%3A%2F%2Fpacer.psc.uscourts.gov%2Fpscof%2Fmanage%2Fmaintenance.jsf',
      null,
      'pacer-request',
    ],
    ['nothing to go on', '', null, null],
    ['an unreadable destination', '?appurl=%%%', null, null],
    ['an unknown court code', '?pscCourtId=XXDC', null, 'court-link'],
  ])('with %s', (_case, query, court, flow) => {
    const detection = at(query);
    expect(detection.step).toBe('pacer-login');
    expect(detection.court).toBe(court);
    expect(detection.flow).toBe(flow);
    expect(detection.highlight[0]?.id).toBe('username');
  });
});

describe('pages that are no court’s', () => {
  it.each([
    'https://ecf.mnd.uscourts.gov.example.com/cgi-bin/ShowIndex.pl',
    'https://ecfmnd.uscourts.gov/',
    'https://ecf.zzz.uscourts.gov/',
    'http://ecf.mnd.uscourts.gov/',
    'https://example.com/ecf.mnd.uscourts.gov/',
    'https://pacer.uscourts.gov.evil.test/',
    // A port: the courts serve on 443 only, and a path can dress any host up as theirs.
    'https://ecf.mnd.uscourts.gov:8443/x/.uscourts.gov/cgi-bin/ShowIndex.pl',
    'https://pacer.psc.uscourts.gov:444/pscof/manage/maintenance.jsf',
    // Names of Object.prototype's members are no PACER host.
    'https://constructor/',
    'https://__proto__/',
    'https://tostring/',
  ])('%s', (url) => {
    const detection = detect(
      url,
      `${MENU_PACER_ONLY}<a href="/cgi-bin/login.pl">Document Filing System</a>`,
    );
    expect(detection).toMatchObject({ court: null, flow: null, step: null, linked: null });
    expect(detection.evidence).toEqual([]);
  });
});

describe('a docket report of many megabytes', () => {
  // The linking link sits beyond the link budget: a docket is never taken for the Utilities
  // page, nor for the main page: it is the filer's reading, no step.
  const docket = generateDocket(10_000).replace(
    '</div></body>',
    '<a href="/cgi-bin/LinkAccount.pl">Link a CM/ECF account to my PACER account</a></div></body>',
  );

  it('is no step, and not linked by its menu bar, reading only the top of the page', () => {
    expect(docket.length).toBeGreaterThan(3_000_000);
    const url = 'https://ecf.mnd.uscourts.gov/cgi-bin/DktRpt.pl?12345';
    const detection = detectPage(new URL(url), parseHtml(docket, url));
    expect(detection.step).toBeNull();
    expect(detection.linked).toBe(false);
    expect(detection.evidence.some((item) => item.includes('link a'))).toBe(false);
    // Parsing 4 MB in jsdom takes seconds on a busy machine; speed is the benchmark's business.
  }, 60_000);
});

describe('what is unknown says so, with evidence', () => {
  const PSC = 'https://pacer.psc.uscourts.gov/pscof';

  it('gives no court on a PACER page that names two, and says which', () => {
    const url = `${PSC}/regmgmt/attyRegistration.jsf`;
    const detection = detectPage(
      new URL(url),
      loadFixture('authored/pacer-request-submitted-two-courts.html', url),
    );
    expect(detection.court).toBeNull();
    expect(detection.courtsNamed).toEqual(['txwd', 'iasd']);
    expect(detection.evidence).toContain('court:unknown, the page names txwd and iasd');
  });

  it('reads each history row as processed, pending, rejected or unknown, from shown rows only', () => {
    const url = `${PSC}/regmgmt/regHistory.jsf`;
    const html = fixtureHtml('authored/pacer-registration-history.html').replace(
      '</tbody>',
      '<tr style="display:none"><td>Texas Western District Court</td><td>E-File</td><td>01/02/2024</td><td>Processed</td></tr>' +
        '<tr><td>New York Southern District Court</td><td>E-File</td><td>01/02/2024</td><td>Sent to chambers</td></tr></tbody>',
    );
    const detection = detectPage(new URL(url), parseHtml(html, url));
    const states = Object.fromEntries(
      (detection.registrations ?? []).map((record) => [record.court, record.state]),
    );
    expect(states).toStrictEqual({
      cob: 'pending',
      mnd: 'processed',
      iasd: 'processed',
      nysd: 'unknown',
    });
    expect(detection.evidence).toContain('registration:unknown nysd "Sent to chambers"');
  });
});
