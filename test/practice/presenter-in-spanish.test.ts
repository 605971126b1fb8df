// The practice court for a clerk or filer whose browser speaks Spanish: the
// presenter's every word in Spanish, the look-alike pages in the courts' English.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COURTS } from '../../src/flows/court-registry';
import { inProgress, linked } from '../progress/builders';
import { getMessage, setUiLanguage } from '../support/fake-browser';
import { closePractice, guideOn, inGuide, openPractice } from './practice-harness';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales');
const messages = (language: string) =>
  JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

/** Words that are the same in both languages: the sites' own labels, court names and ids, addresses. */
function sameInBothLanguages(): Set<string> {
  const english = messages('en');
  const spanish = messages('es');
  const labels = Object.keys(english)
    .filter((key) => english[key]?.message === spanish[key]?.message)
    .map((key) => english[key]?.message ?? '');
  const courts = COURTS.flatMap((court) => [court.name, court.pacerTitle, court.id]);
  return new Set([...labels, ...courts]);
}

/** Every text and accessible name the presenter's panel and the practice mark show. */
function wordsShown(...roots: HTMLElement[]): string[] {
  return roots.flatMap((root) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.textContent?.trim() ?? '');
    for (const element of root.querySelectorAll('[aria-label], optgroup[label]'))
      texts.push(element.getAttribute('aria-label') ?? element.getAttribute('label') ?? '');
    return texts.filter((text) => /\p{L}/u.test(text));
  });
}

async function presenterWords(language: 'en' | 'es', page: 'link-confirm' | 'pacer-home') {
  setUiLanguage(language);
  const { presenter, banner } = await openPractice({
    page,
    statuses: {
      mnd: page === 'link-confirm' ? inProgress('court-link', 'link-confirm') : linked(),
    },
  });
  const words = wordsShown(presenter, banner);
  closePractice();
  return words;
}

afterEach(() => {
  closePractice();
  setUiLanguage('en');
});

describe('the practice court in Spanish', () => {
  it('shows the presenter in Spanish', async () => {
    setUiLanguage('es');
    const { presenter, banner } = await openPractice({
      page: 'link-confirm',
      statuses: { mnd: inProgress('court-link', 'link-confirm') },
    });
    expect(presenter.querySelector('h2')?.textContent).toBe('Tribunal de práctica');
    expect(presenter.querySelector('[data-part="practice-status"]')?.textContent).toBe(
      'Estado de la práctica: En curso: paso 7 de 8',
    );
    expect(presenter.querySelector('[data-action="back"]')?.textContent).toBe('◀ Atrás');
    expect(presenter.querySelector('[data-action="next"]')?.textContent).toBe('Siguiente ▶');
    expect(presenter.querySelector('.variants legend')?.textContent).toBe('Qué puede salir mal');
    expect(presenter.querySelector('.choice-label')?.textContent).toBe('Todo sale bien');
    expect(presenter.querySelector('button[data-page="link-confirm"]')?.textContent).toBe(
      '7 Confirmar los dos nombres',
    );
    expect(presenter.querySelector('aside')?.getAttribute('aria-label')).toBe(
      'Tribunal de práctica: controles del presentador',
    );
    expect(banner.querySelector('.mark')?.textContent).toMatch(
      /^Práctica — nada de aquí llega al tribunal · /,
    );
  });

  it('leaves no English word of its own in the presenter', async () => {
    const english = new Set(
      (await presenterWords('en', 'link-confirm')).concat(await presenterWords('en', 'pacer-home')),
    );
    const spanish = (await presenterWords('es', 'link-confirm')).concat(
      await presenterWords('es', 'pacer-home'),
    );
    expect(spanish.length).toBeGreaterThan(200);
    const allowed = sameInBothLanguages();
    const untranslated = spanish.filter(
      (text) => english.has(text) && !allowed.has(text) && !text.startsWith('https://'),
    );
    expect([...new Set(untranslated)]).toEqual([]);
  });

  it('says how a court was linked in Spanish', async () => {
    setUiLanguage('es');
    const { presenter } = await openPractice({ page: 'ecf-main-linked', statuses: {} });
    await vi.waitFor(() =>
      expect(presenter.querySelector('[data-part="practice-status"]')?.textContent).toBe(
        'Estado de la práctica: Vinculado (según los menús de presentación)',
      ),
    );
  });

  it('keeps the look-alike page in English, recognised as before, with the guide in Spanish', async () => {
    setUiLanguage('es');
    const { page } = await openPractice({ page: 'ecf-home' });
    expect(page.textContent).toMatch(/Document Filing System/);
    await guideOn('ecf-home');
    await vi.waitFor(() =>
      expect(inGuide('[data-part="instruction"]')?.textContent).toBe(
        getMessage('court_link_ecf_home_instruction'),
      ),
    );
    expect(inGuide('[data-part="instruction"]')?.textContent).toBe(
      'Haga clic en Document Filing System.',
    );
  });
});
