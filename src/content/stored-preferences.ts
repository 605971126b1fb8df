// The guide's text size and role, read from storage itself: asking the
// background would wait for its service worker, often asleep, to wake on
// every court page before anything is drawn. The background stays the single
// writer, and data it has yet to migrate or repair is left to it: then the
// guide asks it (messaging-backend.ts).
import { browser } from '../platform/browser';
import { DEFAULT_PREFERENCES, ROLES, TEXT_SIZES } from '../progress/preferences';
import type { GuideSettings } from '../guide/guide-backend';
import { KEYS, STORAGE_VERSION } from '../storage/stored-layout';
import { GUIDE_SETTINGS_KEYS } from './guide-settings-keys';

/**
 * Null when storage holds anything but valid data of this version: the
 * background's to read then. `early`: the read the gate began (main.ts), if any.
 */
export async function storedGuideSettings(
  early?: Promise<Record<string, unknown>>,
): Promise<GuideSettings | null> {
  const stored = await (early ?? browser.storage.local.get([...GUIDE_SETTINGS_KEYS]));
  const version: unknown = stored[KEYS.version];
  const preferences: unknown = stored[KEYS.preferences];
  // Nothing stored yet: a new installation, whose preferences are the defaults.
  if (version === undefined && preferences === undefined) return DEFAULT_PREFERENCES;
  if (version !== STORAGE_VERSION || typeof preferences !== 'object' || preferences === null)
    return null;
  // By hand, not with preferences-schema.ts: valibot would come into the
  // content script, which runs on every court page, for two fields.
  const { role, textSize } = preferences as Record<string, unknown>;
  const roleValid = role === null || ROLES.some((known) => known === role);
  const sizeValid = TEXT_SIZES.some((known) => known === textSize);
  return roleValid && sizeValid ? (preferences as GuideSettings) : null;
}
