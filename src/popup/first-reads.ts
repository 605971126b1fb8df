// The popup's two questions to the browser (what storage holds, which tab it
// was opened over), asked the moment its code starts: main.tsx's first import
// is asked-on-open.ts, and ES modules are evaluated in import order, so both
// are on their way while Preact, the court registry and the views are still
// being set up. A refresh asks again (askBrowser).
import { activeTab, type ActiveTab } from '../platform/active-tab';
import { browser } from '../platform/browser';
import { STORED_KEYS } from '../storage/stored-layout';

export interface FirstReads {
  readonly stored: Promise<Record<string, unknown>>;
  readonly tab: Promise<ActiveTab | null>;
}

/** Asks both now. */
export function askBrowser(): FirstReads {
  return { stored: browser.storage.local.get([...STORED_KEYS]), tab: activeTab() };
}
