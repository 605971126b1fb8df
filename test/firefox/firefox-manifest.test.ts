// @vitest-environment node
import { readFileSync } from 'node:fs';
import {
  GECKO_ANDROID_MIN_VERSION,
  GECKO_ID,
  GECKO_MIN_VERSION,
  filesNamedBy,
  toFirefoxManifest,
} from '../../scripts/firefox-manifest';
import type { Manifest } from '../../scripts/firefox-manifest';

const source = JSON.parse(
  readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'),
) as Manifest;

/** The shape crxjs writes into dist/: the same keys, with built file names. */
const built: Manifest = {
  ...source,
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  content_scripts: [{ matches: ['https://*.uscourts.gov/*'], js: ['content/main.js'] }],
  web_accessible_resources: [
    { matches: ['https://*.uscourts.gov/*'], resources: ['assets/a.js'], use_dynamic_url: false },
  ],
};

describe('toFirefoxManifest', () => {
  const firefox = toFirefoxManifest(built);

  it('runs the background as a module script, as Firefox MV3 requires', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('names the add-on, its minimum Firefox and that it collects no data', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    });
    // Firefox and AMO accept an id in the form of an e-mail address (or a GUID).
    expect(GECKO_ID).toMatch(/^[a-z0-9-._]*@[a-z0-9-._]+$/i);
  });

  it('drops what only Chromium reads', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.web_accessible_resources).toEqual([
      { matches: ['https://*.uscourts.gov/*'], resources: ['assets/a.js'] },
    ]);
  });

  it('keeps everything else as the Chromium build has it', () => {
    const dropped = ['background', 'minimum_chrome_version', 'web_accessible_resources'];
    const rest = (manifest: Manifest) =>
      Object.fromEntries(
        Object.entries(manifest).filter(
          ([key]) => !dropped.includes(key) && key !== 'browser_specific_settings',
        ),
      );
    expect(rest(firefox)).toEqual(rest(built));
    expect(firefox.host_permissions).toEqual(source.host_permissions);
    expect(firefox.permissions).toEqual(['storage']);
  });

  it('leaves the Chromium manifest untouched', () => {
    expect(built.background).toEqual({
      service_worker: 'service-worker-loader.js',
      type: 'module',
    });
    expect(built).toHaveProperty('minimum_chrome_version');
  });

  it('keeps background scripts a build already lists', () => {
    const scripts = toFirefoxManifest({ manifest_version: 3, background: { scripts: ['bg.js'] } });
    expect(scripts.background).toEqual({ scripts: ['bg.js'] });
  });

  it('refuses what it cannot turn into a Firefox MV3 manifest', () => {
    expect(() => toFirefoxManifest({ ...built, manifest_version: 2 })).toThrow(/Manifest V3/);
    expect(() => toFirefoxManifest({ manifest_version: 3, background: {} })).toThrow(
      /neither a service worker nor scripts/,
    );
  });
});

describe('filesNamedBy', () => {
  it('lists the scripts, pages and icons a build must contain', () => {
    expect(filesNamedBy(toFirefoxManifest(built))).toEqual([
      'content/main.js',
      'icons/icon-128.png',
      'icons/icon-16.png',
      'icons/icon-32.png',
      'icons/icon-48.png',
      'service-worker-loader.js',
      'src/options/index.html',
      'src/popup/index.html',
    ]);
  });
});
