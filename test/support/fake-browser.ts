// Stands in for webextension-polyfill in unit tests (aliased in vite.config.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from '@webext-core/fake-browser';

interface Message {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales');
const english = JSON.parse(readFileSync(join(LOCALES, 'en/messages.json'), 'utf8')) as Record<
  string,
  Message
>;

/** browser.i18n.getMessage as Chrome does it: named placeholders, then $1…$9, with the real English. */
export function getMessage(name: string, substitutions: string | (string | number)[] = []): string {
  const entry = english[name];
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
