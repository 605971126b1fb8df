import { browser } from './browser';

/**
 * The filer's words in their browser's language, from public/_locales.
 * A missing message shows its name rather than nothing, and a test keeps
 * every name present in every language.
 */
export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
