// Stands in for webextension-polyfill in unit tests (aliased in vite.config.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from '@webext-core/fake-browser';

interface Message {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

type Messages = Readonly<Record<string, Message>>;

export type UiLanguage = 'en' | 'es';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales');
const read = (language: UiLanguage): Messages =>
  JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8')) as Messages;
const MESSAGES: Readonly<Record<UiLanguage, Messages>> = { en: read('en'), es: read('es') };

let language: UiLanguage = 'en';

/**
 * The browser's UI language from now on, as for a filer whose browser speaks
 * it. English again with `setUiLanguage('en')`; fakeBrowser.reset() leaves it.
 */
export function setUiLanguage(next: UiLanguage): void {
  language = next;
}

/**
 * browser.i18n.getMessage as Chrome does it: the UI language's message, else
 * English (the default_locale), with named placeholders, then $1…$9.
 */
export function getMessage(name: string, substitutions: string | (string | number)[] = []): string {
  const entry = MESSAGES[language][name] ?? MESSAGES.en[name];
  if (!entry) return '';
  const values = (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  const direct = (text: string) =>
    text.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$(\w+)\$/g, (whole, placeholder: string) => {
      const found = entry.placeholders?.[placeholder.toLowerCase()];
      return found ? direct(found.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

fakeBrowser.i18n.getMessage = getMessage;

export default fakeBrowser;
