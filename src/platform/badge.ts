import { browser } from './browser';

/** What the toolbar button shows for one tab. */
export interface Badge {
  readonly text: string;
  /** Background colour; the text colour is the browser's. */
  readonly color: string;
}

/**
 * Shows `badge` on the toolbar button for `tab` only, or clears it (null).
 * A tab closed meanwhile is not an error: there is nothing left to label.
 */
export async function setTabBadge(tabId: number, badge: Badge | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab is gone.
  }
}
