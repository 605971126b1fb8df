// @vitest-environment node
import {
  cutText,
  normalizePrefix,
  readBudget,
  readText,
  TextGatherer,
} from '../../src/detection/bounded-text';
import { normalizeText } from '../../src/detection/normalize-text';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { loadFixture, parseHtml } from '../support/load-fixture';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cutText', () => {
  it('keeps short text whole and cuts long text to the limit', () => {
    expect(cutText('court', 10)).toBe('court');
    expect(cutText('district court', 8)).toBe('district');
    expect(cutText('court', 0)).toBe('');
  });

  it('never ends between the halves of a surrogate pair', () => {
    expect(cutText('a😀b', 2)).toBe('a');
    expect(cutText('a😀b', 3)).toBe('a😀');
    expect(LONE_SURROGATE.test(cutText('😀'.repeat(10), 7))).toBe(false);
  });
});

describe('normalizePrefix', () => {
  it('gives what normalising the whole text and cutting it gives, on prose', () => {
    const prose = 'Civil / Criminal  Filing\u00a0Menu. '.repeat(5_000);
    expect(normalizePrefix(prose, 1_000)).toBe(normalizeText(prose).slice(0, 1_000));
  });

  it('ends on whole characters', () => {
    expect(LONE_SURROGATE.test(normalizePrefix(`x${'😀'.repeat(2_000)}`, 1_000))).toBe(false);
  });
});

describe('readText', () => {
  const file = 'authored/mnd-link-confirm-match.html';
  const fixture = FIXTURES.find((entry) => entry.file === file);

  it('reads what textContent gives, for every element of a court page', () => {
    const document = loadFixture(file, fixture?.url ?? 'https://ecf.mnd.uscourts.gov/');
    for (const element of document.querySelectorAll('*')) {
      expect(readText(element, { chars: 1e6, budget: readBudget() })).toEqual({
        text: element.textContent,
        complete: true,
      });
    }
  });

  it('stops at its character limit, its budget or a refused element, and says so', () => {
    const document = parseHtml(
      '<div id="d">Court: <b>Minnesota</b> <table><tr><td>District</td></tr></table></div>',
      'https://ecf.mnd.uscourts.gov/',
    );
    const div = document.getElementById('d') as Element;
    expect(readText(div, { chars: 10, budget: readBudget() })).toEqual({
      text: 'Court: Min',
      complete: false,
    });
    const budget = { nodes: 3, chars: 1_000 };
    expect(readText(div, { chars: 1_000, budget })).toEqual({
      text: 'Court: Minnesota',
      complete: false,
    });
    expect(budget).toEqual({ nodes: 0, chars: 1_000 - 'Court: Minnesota'.length });
    const refused = readText(div, {
      chars: 1_000,
      budget: readBudget(),
      refuse: (element) => element.tagName === 'TABLE',
    });
    expect(refused).toEqual({ text: 'Court: Minnesota ', complete: false });
  });
});

describe('TextGatherer', () => {
  it('cuts the node that fills it before normalising, generously', () => {
    const text = new TextGatherer(100);
    text.add('Query  Reports');
    text.add('x'.repeat(1_000_000));
    expect(text.full).toBe(true);
    expect(text.normalized()).toBe(`query reports ${'x'.repeat(86)}`);
  });

  it('skips white space only nodes and takes none once full', () => {
    const text = new TextGatherer(10);
    text.add('   \n ');
    text.add('Utilities menu');
    text.add('Log Out');
    expect(text.normalized()).toBe('utilities ');
  });
});
