// @vitest-environment node
// Issue #15: what recognition costs is bounded by its budgets, never by the
// page. Measured without a clock: the longest string any regular expression
// or case conversion runs over, and the nodes detection visits. (Times are
// the bench's: scripts/bench/measure-huge-pages.ts.)
import { ITEM_TEXT_LIMIT, RAW_PER_NORMALISED } from '../../src/detection/bounded-text';
import { detectPage } from '../../src/detection/detect-page';
import { createPageView } from '../../src/detection/page-view';
import { TEXT_BUDGET } from '../../src/detection/scan-page';
import type { Detection } from '../../src/detection/types';
import {
  atBodyEnd,
  hugeText,
  HUGE_TEXT_CHARS,
  manyElements,
  MANY_ELEMENTS,
} from '../../scripts/bench/generate-huge-pages';
import { FIXTURES, type FixtureCase } from '../../harness/fixtures/expectations';
import { fixtureHtml, parseHtml } from '../support/load-fixture';

/** Pages that between them exercise every accessor: names, shown text and a PACER court, a history table. */
const PAGES = [
  'authored/mnd-link-confirm-match.html',
  'authored/cob-request-submitted.html',
  'authored/pacer-registration-history.html',
].map((file) => {
  const fixture = FIXTURES.find((entry) => entry.file === file);
  if (!fixture) throw new Error(`${file} is not in the fixtures`);
  return fixture;
});

type Around = (call: (...args: unknown[]) => unknown, self: unknown, args: unknown[]) => unknown;

/** Routes every call of a prototype's method or getter through `around`; returns the undo. */
function intercept(prototype: object, name: string, around: Around): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
  if (!descriptor) throw new Error(`no ${name} to intercept`);
  // Read as plain properties: the getter or method is only ever called on `this` below.
  const parts = descriptor as { readonly get?: unknown; readonly value?: unknown };
  const original = (parts.get ?? parts.value) as (...args: unknown[]) => unknown;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    return around((...given) => original.apply(this, given), this, args);
  };
  Object.defineProperty(
    prototype,
    name,
    parts.get ? { ...descriptor, get: wrapped } : { ...descriptor, value: wrapped },
  );
  return () => Object.defineProperty(prototype, name, descriptor);
}

function whileIntercepted(intercepts: readonly (() => () => void)[], run: () => void): void {
  const undo = intercepts.map((start) => start());
  try {
    run();
  } finally {
    for (const restore of undo.reverse()) restore();
  }
}

/** The longest string that detection ran a regular expression, a case conversion or a trim over. */
function longestStringWorkedOn(run: () => void): number {
  let longest = 0;
  const noting =
    (text: (self: unknown, args: unknown[]) => unknown): Around =>
    (call, self, args) => {
      longest = Math.max(longest, String(text(self, args)).length);
      return call(...args);
    };
  whileIntercepted(
    [
      // String.prototype.replace, match, matchAll and RegExp.prototype.test all call exec.
      () =>
        intercept(
          RegExp.prototype,
          'exec',
          noting((_self, args) => args[0]),
        ),
      () =>
        intercept(
          String.prototype,
          'toLowerCase',
          noting((self) => self),
        ),
      () =>
        intercept(
          String.prototype,
          'trim',
          noting((self) => self),
        ),
    ],
    run,
  );
  return longest;
}

/**
 * Nodes detection visits in `document`: every step a walk takes (tree walker
 * moves, their filters' calls, child and sibling links followed) and every
 * element a selector query returns.
 */
function nodesVisited(document: Document, run: () => void): number {
  const window = document.defaultView as Window & typeof globalThis;
  let visits = 0;
  const counting =
    (by: (result: unknown) => number = () => 1): Around =>
    (call, _self, args) => {
      const result = call(...args);
      visits += by(result);
      return result;
    };
  const node = window.Node.prototype;
  const element = window.Element.prototype;
  const walker = window.TreeWalker.prototype;
  const moves = [
    ...[
      'firstChild',
      'lastChild',
      'nextSibling',
      'previousSibling',
      'parentNode',
      'parentElement',
    ].map((name) => () => intercept(node, name, counting())),
    ...['firstElementChild', 'nextElementSibling'].map(
      (name) => () => intercept(element, name, counting()),
    ),
    ...['nextNode', 'firstChild', 'nextSibling', 'parentNode'].map(
      (name) => () => intercept(walker, name, counting()),
    ),
    ...[window.Document.prototype, element].map(
      (prototype) => () =>
        intercept(
          prototype,
          'querySelectorAll',
          counting((found) => (found as NodeList).length),
        ),
    ),
    // A filter's calls are the nodes a walker visits between the nodes it returns.
    () =>
      intercept(
        window.Document.prototype,
        'createTreeWalker',
        (call, _self, [root, show, filter]) => {
          const accept =
            filter && typeof filter === 'object' && 'acceptNode' in filter
              ? (filter as { acceptNode: (node: Node) => number }).acceptNode.bind(filter)
              : null;
          const counted = accept
            ? {
                acceptNode: (visited: Node) => {
                  visits += 1;
                  return accept(visited);
                },
              }
            : filter;
          return call(root, show, counted);
        },
      ),
  ];
  whileIntercepted(moves, run);
  return visits;
}

/** What a detection says, elements named by their target ids. */
function said(detection: Detection) {
  const { highlight, ...data } = detection;
  return { ...data, highlight: highlight.map((candidate) => candidate.id) };
}

/** What detection reads of a page (the shown text and messages too, whatever the step), in `run`. */
function readEverything(page: FixtureCase, document: Document): Detection {
  const url = new URL(page.url);
  const view = createPageView(url, document);
  view.shownText();
  view.messages();
  return detectPage(url, document);
}

const [LINK_CONFIRM, REQUEST_SUBMITTED, HISTORY] = PAGES as [FixtureCase, FixtureCase, FixtureCase];
const paragraph = (text: string) => `<div><p>${text}</p></div>`;

/** Where a 5 MB text node stands: in each kind of element some accessor reads, on a page that reads it. */
const HUGE_TEXT_PLACES: readonly (readonly [string, FixtureCase, (text: string) => string])[] = [
  ['a paragraph', LINK_CONFIRM, paragraph],
  ['a bold heading', LINK_CONFIRM, (text) => `<b>${text}</b>`],
  ['a link', LINK_CONFIRM, (text) => `<a href="/cgi-bin/x.pl">${text}</a>`],
  [
    'the cell before a field',
    LINK_CONFIRM,
    (text) => `<table><tr><td>${text}</td><td><input></td></tr></table>`,
  ],
  ['a button', LINK_CONFIRM, (text) => `<button>${text}</button>`],
  ['a paragraph', REQUEST_SUBMITTED, paragraph],
  ['a paragraph', HISTORY, paragraph],
];

describe('a 5 MB text node', () => {
  const huge = hugeText(HUGE_TEXT_CHARS);

  it.each(HUGE_TEXT_PLACES.map(([place, page, wrap]) => [place, page.file, page, wrap] as const))(
    'in %s on %s: normalised in part, and the page says what it said without it',
    (_place, _file, page, wrap) => {
      const base = fixtureHtml(page.file);
      const plain = said(readEverything(page, parseHtml(base, page.url)));
      const document = parseHtml(atBodyEnd(base, wrap(huge)), page.url);
      let detection: Detection | undefined;
      const longest = longestStringWorkedOn(() => {
        detection = readEverything(page, document);
      });
      expect(longest).toBeLessThanOrEqual(TEXT_BUDGET * RAW_PER_NORMALISED);
      expect(detection && said(detection)).toEqual(plain);
    },
    30_000,
  );

  it('as a request’s status in the history: normalised in part, and shown in part', () => {
    const html = fixtureHtml(HISTORY.file).replace(
      '</tbody>',
      `<tr><td>Texas Western District Court</td><td>E-File</td><td>01/02/2024</td><td>${huge}</td></tr></tbody>`,
    );
    const document = parseHtml(html, HISTORY.url);
    let detection: Detection | undefined;
    const longest = longestStringWorkedOn(() => {
      detection = readEverything(HISTORY, document);
    });
    expect(longest).toBeLessThanOrEqual(TEXT_BUDGET * RAW_PER_NORMALISED);
    const texas = detection?.registrations?.find((record) => record.court === 'txwd');
    expect(texas?.status.length).toBe(ITEM_TEXT_LIMIT);
  }, 30_000);
});

describe.each(PAGES.map((page) => [page.file, page] as const))('%s', (_file, page) => {
  it('visits as many nodes with 200,000 more elements as with 40,000, and says the same', () => {
    const base = fixtureHtml(page.file);
    const plain = said(readEverything(page, parseHtml(base, page.url)));
    const visits = [40_000, MANY_ELEMENTS].map((elements) => {
      const document = parseHtml(atBodyEnd(base, `<div>${manyElements(elements)}</div>`), page.url);
      let detection: Detection | undefined;
      const visited = nodesVisited(document, () => {
        detection = readEverything(page, document);
      });
      expect(detection && said(detection)).toEqual(plain);
      return visited;
    });
    expect(visits[1]).toBe(visits[0]);
  }, 60_000);
});

it('cuts no character in half when the text budget falls inside a surrogate pair', () => {
  const url = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf';
  const view = createPageView(
    new URL(url),
    parseHtml(`<html><body><p>a${'😀'.repeat(60_000)}</p></body></html>`, url),
  );
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
  for (const text of [view.text(), view.shownText()]) {
    expect(text.length).toBeLessThanOrEqual(TEXT_BUDGET);
    expect(loneSurrogate.test(text)).toBe(false);
  }
});
