// The Firefox manifest, derived from the Chromium one the vite build writes:
// one source, two builds. Pure, so a unit test pins every difference.

/** The manifest as JSON: only the keys this transform reads are typed. */
export interface Manifest {
  readonly manifest_version: number;
  readonly background?: {
    readonly service_worker?: string;
    readonly scripts?: readonly string[];
    readonly type?: string;
  };
  readonly web_accessible_resources?: readonly Readonly<Record<string, unknown>>[];
  readonly [key: string]: unknown;
}

/**
 * Address-style, so AMO accepts it, on a name that claims nobody's domain.
 * It is permanent once the first version is listed on addons.mozilla.org:
 * Firefox keeps the filer's data and the update channel under this id.
 */
export const GECKO_ID = 'pacer-link-guide@pacer-link-guide';

/**
 * 140 (an ESR) is the first Firefox that reads `data_collection_permissions`,
 * which AMO requires of new extensions; everything else the manifest and the
 * code use (MV3, module background scripts, storage.session,
 * include_globs) is older. Firefox for Android reads that key from 142.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** Keys only Chromium reads; Firefox warns about (or rejects) each. */
const CHROMIUM_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url', 'version_name'];

/** Chromium-only fields of a web_accessible_resources entry. */
const CHROMIUM_ONLY_RESOURCE_KEYS = ['use_dynamic_url'];

export function toFirefoxManifest(chromium: Manifest): Manifest {
  if (chromium.manifest_version !== 3) {
    throw new Error(
      `expected a Manifest V3 build, got manifest_version ${chromium.manifest_version}`,
    );
  }
  const firefox: Record<string, unknown> = { ...chromium };
  for (const key of CHROMIUM_ONLY_KEYS) delete firefox[key];

  // Firefox runs MV3 backgrounds as event pages: `scripts`, not a service worker.
  const background = chromium.background;
  if (background) {
    const scripts =
      background.scripts ?? (background.service_worker ? [background.service_worker] : []);
    if (scripts.length === 0)
      throw new Error('background names neither a service worker nor scripts');
    firefox.background = background.type ? { scripts, type: background.type } : { scripts };
  }

  if (chromium.web_accessible_resources) {
    firefox.web_accessible_resources = chromium.web_accessible_resources.map((entry) =>
      Object.fromEntries(
        Object.entries(entry).filter(([key]) => !CHROMIUM_ONLY_RESOURCE_KEYS.includes(key)),
      ),
    );
  }

  firefox.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      // The extension sends nothing anywhere (README: no network request of its own).
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
  };
  return firefox as Manifest;
}

/** Every file the manifest names that must exist in the build (scripts, pages, icons). */
export function filesNamedBy(manifest: Manifest): string[] {
  const files = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value !== '') files.add(value);
  };
  manifest.background?.scripts?.forEach(add);
  add(manifest.background?.service_worker);
  const record = (value: unknown): Readonly<Record<string, unknown>> =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const action = record(manifest.action);
  add(action.default_popup);
  Object.values(record(action.default_icon)).forEach(add);
  Object.values(record(manifest.icons)).forEach(add);
  add(record(manifest.options_ui).page);
  add(manifest.options_page);
  const contentScripts = Array.isArray(manifest.content_scripts) ? manifest.content_scripts : [];
  for (const script of contentScripts) {
    const { js, css } = record(script);
    if (Array.isArray(js)) js.forEach(add);
    if (Array.isArray(css)) css.forEach(add);
  }
  return [...files].sort();
}
