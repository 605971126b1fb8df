// Access to the court sites (the manifest's host_permissions). Chromium grants
// it at install; Firefox treats MV3 host permissions as the filer's choice, and
// either browser lets the filer withdraw it later. Without it the content
// script never runs, so the guide silently never appears.
import { browser } from './browser';

/** The court sites, exactly as the manifest asks for them: no second list to keep in step. */
function courtSiteOrigins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

/** Whether the guide may run on the court sites now. */
export async function hasCourtSiteAccess(): Promise<boolean> {
  const origins = courtSiteOrigins();
  return origins.length === 0 || (await browser.permissions.contains({ origins }));
}

/**
 * Asks the filer to allow the court sites; true when they did. Call it
 * straight from a click handler, with no `await` before it: browsers show a
 * permission request only in answer to the user's own action.
 */
export function requestCourtSiteAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: courtSiteOrigins() });
}

/** Calls `listener` when any permission is granted or withdrawn. Returns the function that stops it. */
export function onSiteAccessChanged(listener: () => void): () => void {
  const changed = (): void => listener();
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}
