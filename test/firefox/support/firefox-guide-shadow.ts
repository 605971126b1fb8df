// The guide's closed shadow root in Firefox, reached as the Chromium tests
// reach it over CDP (harness/browser/guide-shadow.ts), here over
// WebDriver BiDi: serialising the host with `includeShadowTree: "all"` names
// its closed root, which a function run in a sandbox of the test's own then
// reads. The page's script has no such way in.
import type { Page as FirefoxPage } from 'puppeteer-core';
import { HOST_SELECTOR } from '../../../src/guide/guide-host';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}

type BidiResult =
  | { readonly type: 'success'; readonly result: RemoteValue }
  | { readonly type: 'exception'; readonly exceptionDetails: { readonly text: string } };

interface RemoteValue {
  readonly type: string;
  readonly sharedId?: string;
  readonly value?: unknown;
}

// puppeteer-core speaks BiDi but offers no call with serialisation options:
// its connection and the tab's browsing context are used as they are.
function bidi(page: FirefoxPage): { connection: BidiConnection; context: string } {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } })
    .browsingContext.id;
  return { connection, context };
}

function succeeded(result: BidiResult, what: string): RemoteValue {
  if (result.type === 'exception') throw new Error(`${what}: ${result.exceptionDetails.text}`);
  return result.result;
}

/**
 * Runs `read(root, argument)` over the guide's closed root, in a sandbox of
 * the test's own, and returns its result (JSON values only), or null when the
 * page shows no guide.
 */
export async function inFirefoxGuide<T, A = undefined>(
  page: FirefoxPage,
  read: (root: ShadowRoot, argument: A) => T,
  argument?: A,
): Promise<T | null> {
  const { connection, context } = bidi(page);
  const target = { context, sandbox: 'pacer-link-guide-tests' };
  const { result: found } = await connection.send('script.callFunction', {
    functionDeclaration: `() => document.querySelector(${JSON.stringify(HOST_SELECTOR)})`,
    awaitPromise: false,
    target,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const host = succeeded(found, 'Finding the guide');
  const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (host.type !== 'node' || !shadow?.sharedId) return null;
  const { result: answer } = await connection.send('script.callFunction', {
    functionDeclaration: `function (argument) {
      return JSON.stringify((${read.toString()})(this, JSON.parse(argument)) ?? null);
    }`,
    this: { sharedId: shadow.sharedId },
    arguments: [{ type: 'string', value: JSON.stringify(argument ?? null) }],
    awaitPromise: true,
    target,
    resultOwnership: 'none',
  });
  const value = succeeded(answer, 'Reading the guide');
  return typeof value.value === 'string' ? (JSON.parse(value.value) as T | null) : null;
}
