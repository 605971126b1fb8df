// The one script every court page compiles, and all it does before the page
// has loaded: a look at the URL (detection/classify-host.ts isCourtUrl). A
// court page then pays for nothing more until it has loaded. A docket or a
// report (90 % of court pages) waits for the browser to be idle too, and only
// then imports the guide (guide-on-page.ts: recognition, reporting, the pill).
// On a page that may show a step, a filer is waiting for the guide: its code
// and settings are asked for at load, and it starts once the browser is idle.
// Their fetch takes 25–40 ms, mostly the browser's round trip for an
// extension file, which the idle wait then no longer adds to. Kept tiny (npm
// run bench measures it): import nothing here that pulls in more.
import { isCourtUrl } from '../detection/classify-host';
import { importFromExtension } from '../platform/import-from-extension';
import { readStorageEarly } from '../platform/read-storage-early';
import { afterPageLoad } from './after-page-load';
import { OVERLAY_FILE } from '../guide/overlay-file';
import { GUIDE_FILE, type GuideOnPageModule } from './guide-file';
import { GUIDE_SETTINGS_KEYS } from './guide-settings-keys';
import { mayShowStep } from './may-show-step';
import { whenIdle } from './when-idle';

interface Fetched {
  readonly guide: Promise<GuideOnPageModule>;
  readonly settings?: Promise<Record<string, unknown>>;
}

const loadGuide = (): Promise<GuideOnPageModule> =>
  importFromExtension<GuideOnPageModule>(GUIDE_FILE);

/** What a page that may show a step asks for at load: the guide, the overlay, the settings. */
function fetchForStep(): Fetched {
  // The guide's own import of the overlay then finds it loaded or on its way.
  importFromExtension(OVERLAY_FILE).catch(() => undefined);
  const settings = readStorageEarly(GUIDE_SETTINGS_KEYS);
  // Left unread if the page is left first; the guide reports a failure itself.
  settings.catch(() => undefined);
  return { guide: loadGuide(), settings };
}

function start(): () => void {
  let stopGuide = (): void => undefined;
  let stopped = false;
  const cancel = afterPageLoad(window, () => {
    const early = mayShowStep(new URL(window.location.href)) ? fetchForStep() : null;
    whenIdle(window, () => {
      const { guide, settings } = early ?? { guide: loadGuide() };
      void guide.then(
        (module) => {
          if (!stopped) stopGuide = module.startGuideOnPage(settings);
        },
        // The extension was updated or removed under the page: no guide, and nothing thrown.
        () => undefined,
      );
    });
  });
  return () => {
    stopped = true;
    cancel();
    stopGuide();
  };
}

// One guide per page load; a page restored from the back/forward cache starts again.
if (isCourtUrl(window.location.href)) {
  let stop = start();
  window.addEventListener('pagehide', () => stop());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) stop = start();
  });
}
