// Uncaught errors of a page, told apart by where they came from: Playwright
// reports those of the extension's content script (its isolated world) as
// page errors too, with the script's chrome-extension:// address in the stack.
import type { Page } from 'playwright-core';

export interface Uncaught {
  readonly message: string;
  /** Thrown by the extension's content script rather than by the page's own code. */
  readonly fromExtension: boolean;
}

/** Every uncaught error of `page` from now on, in either world. */
export function recordUncaught(page: Page): Uncaught[] {
  const uncaught: Uncaught[] = [];
  page.on('pageerror', (error) =>
    uncaught.push({
      message: error.message,
      fromExtension: (error.stack ?? '').includes('chrome-extension://'),
    }),
  );
  return uncaught;
}
