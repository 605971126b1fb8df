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

type MessageSender = Parameters<Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]>[1];

/** What the browser names as the sender of a message from one of the extension's own pages. */
export function extensionPageSender(path = 'src/popup/index.html'): MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path) };
}

/** What the browser names as the sender of a message from the content script on `url`, in tab `tabId`. */
export function contentScriptSender(url: string, tabId = 1): MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    origin: new URL(url).origin,
    frameId: 0,
    tab: {
      id: tabId,
      url,
      index: 0,
      windowId: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
    } as MessageSender['tab'],
  };
}

/**
 * The sender is where the sending code runs, as in a browser: code in a test
 * window showing a web page (showPage) is that page's content script; in
 * jsdom's own http://localhost page, where the popup and options tests
 * render, it is the extension's page. (The fake library names no sender.)
 */
function senderOfThisWindow(): MessageSender {
  const url = globalThis.location?.href;
  return url?.startsWith('https:') ? contentScriptSender(url) : extensionPageSender();
}

fakeBrowser.runtime.sendMessage = async (message: unknown) => {
  const { onMessage } = fakeBrowser.runtime;
  if (!onMessage.hasListeners()) throw Error('No listeners available');
  let sendResponse: (reply: unknown) => void = () => undefined;
  const reply = new Promise((resolve) => (sendResponse = resolve));
  const results = await onMessage.trigger(message, senderOfThisWindow(), sendResponse);
  return (results as unknown[]).some((result) => result === true) ? await reply : undefined;
};

export default fakeBrowser;
