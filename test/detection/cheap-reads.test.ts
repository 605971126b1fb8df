// @vitest-environment node
// Recognition reads attributes, hidden ancestors and the menu bar's links its
// own cheaper way (jsdom's selector engine and class lists are slow): each must
// say exactly what the DOM's own call says, on every saved page and on markup
// made to trip them.
import { hiddenCheck, HIDDEN_SELECTOR } from '../../src/detection/hidden';
import { attributeOf, classesOf, listsClass } from '../../src/detection/read-attributes';
import { scanPage } from '../../src/detection/scan-page';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { loadFixture, parseHtml } from '../support/load-fixture';

const PAGE_URL = 'https://ecf.mnd.uscourts.gov/cgi-bin/DktRpt.pl?1';
const PAGES = [...new Map(FIXTURES.map((fixture) => [fixture.file, fixture])).values()];

/** Markup that hides, or nearly hides, in every way the selector and the engines read. */
const TRICKY = `<div id="a" hidden><p id="a1">x</p></div>
<div id="b" aria-hidden="true"><span id="b1">x</span></div>
<div id="c" aria-hidden="TRUE"><span id="c1">x</span></div>
<div id="d" aria-hidden="false"><span id="d1">x</span></div>
<div id="e" class="menu ui-helper-hidden"><a id="e1" href="/">x</a></div>
<div id="f" class="UI-Helper-Hidden"><a id="f1" href="/">x</a></div>
<div id="g" class="x\tui-helper-hidden\ny"><a id="g1" href="/">x</a></div>
<div id="h" class="ui-helper-hiddenx"><a id="h1" href="/">x</a></div>
<div id="i" style="color: red; display:none"><b id="i1">x</b></div>
<div id="j" style="DISPLAY: NONE"><b id="j1">x</b></div>
<div id="k" style="visibility: hidden"><b id="k1">x</b></div>
<div id="l" style="display:  none"><b id="l1">x</b></div>
<div id="m" foo:hidden><i id="m1">x</i></div>
<table><tr><td id="n"><svg id="n1"><g id="n2" style="display:none"><text id="n3">x</text></g></svg></td></tr></table>`;

function everyElement(document: Document): Element[] {
  return [...document.querySelectorAll('*')];
}

describe('hiddenCheck', () => {
  it.each(['<!DOCTYPE html>', ''])('says what closest() says on tricky markup (%j)', (doctype) => {
    const document = parseHtml(`${doctype}<html><body>${TRICKY}</body></html>`, PAGE_URL);
    const isHidden = hiddenCheck();
    for (const element of everyElement(document)) {
      expect([element.id, isHidden(element)]).toEqual([
        element.id,
        element.closest(HIDDEN_SELECTOR) !== null,
      ]);
    }
  });

  it('says what closest() says after a script sets odd attributes', () => {
    const document = parseHtml(`<html><body>${TRICKY}</body></html>`, PAGE_URL);
    document.getElementById('d1')?.setAttributeNS('urn:x', 'hidden', '');
    document.getElementById('h1')?.setAttributeNS(null, 'STYLE', 'display:none');
    const isHidden = hiddenCheck();
    for (const element of everyElement(document)) {
      expect([element.id, isHidden(element)]).toEqual([
        element.id,
        element.closest(HIDDEN_SELECTOR) !== null,
      ]);
    }
  });

  it('says what closest() says on every saved page, asked in any order', () => {
    for (const page of PAGES) {
      const elements = everyElement(loadFixture(page.file, page.url));
      const isHidden = hiddenCheck();
      const answers = [...elements].reverse().map(isHidden).reverse();
      expect(answers).toEqual(elements.map((element) => element.closest(HIDDEN_SELECTOR) !== null));
    }
  });

  it('keeps its answers for one detection only', () => {
    const document = parseHtml(
      '<html><body><div id="x"><a href="/">x</a></div></body></html>',
      PAGE_URL,
    );
    const link = document.querySelector('a') as Element;
    expect(hiddenCheck()(link)).toBe(false);
    document.getElementById('x')?.setAttribute('hidden', '');
    expect(hiddenCheck()(link)).toBe(true);
  });
});

describe('reading attributes', () => {
  const CLASSES = [
    '',
    'title',
    ' title ',
    'a title',
    'title\tb',
    'x\ftitle\ny',
    'titles',
    'subtitle',
    'TITLE',
    'title-x title',
  ];

  it.each(CLASSES)('listsClass says what classList.contains says of %j', (classes) => {
    const element = parseHtml('<p></p>', PAGE_URL).querySelector('p') as Element;
    element.setAttribute('class', classes);
    expect(listsClass(classesOf(element, element.getAttributeNames()), 'title')).toBe(
      element.classList.contains('title'),
    );
  });

  it('gives what getAttribute gives, for every attribute of every saved page', () => {
    for (const page of PAGES) {
      for (const element of everyElement(loadFixture(page.file, page.url))) {
        const names = element.getAttributeNames();
        for (const name of ['role', 'type', 'style', 'aria-hidden', 'href']) {
          expect(attributeOf(element, names, name)).toBe(element.getAttribute(name));
        }
        expect(classesOf(element, names)).toBe(element.getAttribute('class') ?? '');
      }
    }
  });
});

describe('the menu bar’s links', () => {
  const MENU =
    '<div id="topmenu" class="yuimenubar"><ul><li><a href="/m1">Query</a></li></ul></div>';

  it.each([
    ['followed by a comment', `${MENU}<!-- end --><a href="/after">After</a>`],
    ['last on the page', `<a href="/before">Before</a><div><p>x</p>${MENU}</div>`],
    [
      'after a copy inside a table',
      `<table><tr><td>${MENU}</td></tr></table>${MENU}<a href="/a">A</a>`,
    ],
    ['nested in another menu bar', `${MENU.replace('</ul>', `</ul>${MENU}`)}<a href="/a">A</a>`],
    ['with none on the page', '<a href="/a">A</a>'],
  ])('are those inside it, %s', (_case, body) => {
    const scan = scanPage(parseHtml(`<html><body>${body}</body></html>`, PAGE_URL), hiddenCheck());
    const inside = scan.links.map((_link, index) => {
      return index >= scan.menubarLinks.from && index < scan.menubarLinks.to;
    });
    expect(inside).toEqual(scan.links.map((link) => scan.menubar?.contains(link) ?? false));
  });

  it('are those inside it on every saved page', () => {
    for (const page of PAGES) {
      const scan = scanPage(loadFixture(page.file, page.url), hiddenCheck());
      const { from, to } = scan.menubarLinks;
      expect(scan.links.map((_link, index) => index >= from && index < to)).toEqual(
        scan.links.map((link) => scan.menubar?.contains(link) ?? false),
      );
    }
  });
});

describe('the walk', () => {
  it('sorts the elements after the text budget is spent as before it', () => {
    const prose = `<p>${'Docket text. '.repeat(10_000)}</p>`;
    const tail = '<a href="/a">A</a><h3>Heading</h3><input name="q"><span role="tab">Tab</span>';
    const scan = scanPage(
      parseHtml(`<html><body>${prose}${tail}</body></html>`, PAGE_URL),
      hiddenCheck(),
    );
    expect(scan.text.full).toBe(true);
    expect([
      scan.links.length,
      scan.headings.length,
      scan.controls.length,
      scan.tabs.length,
    ]).toEqual([1, 1, 1, 1]);
  });
});
