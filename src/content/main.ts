// The one script every court page compiles, and all it does before the page
// has loaded: a look at the URL (detection/classify-host.ts isCourtUrl). A
// court page, dockets and reports included, then pays for nothing more until
// it has loaded and the browser is idle; only then is the guide imported
// (guide-on-page.ts), which is where recognition, reporting and the pill live. Kept tiny (npm run
// bench measures it): import nothing here that pulls in more.
import { isCourtUrl } from '../detection/classify-host';
import { importFromExtension } from '../platform/import-from-extension';
import { afterPageLoad } from './after-page-load';
import { OVERLAY_FILE } from '../guide/overlay-file';
import { GUIDE_FILE, type GuideOnPageModule } from './guide-file';
import { mayShowStep } from './may-show-step';
import { whenIdle } from './when-idle';

const loadGuide = (): Promise<GuideOnPageModule> =>
  importFromExtension<GuideOnPageModule>(GUIDE_FILE);

function start(): () => void {
  let stopGuide = (): void => undefined;
  let stopped = false;
  const cancel = afterPageLoad(window, () =>
    whenIdle(window, () => {
      // The guide's own import of the overlay then finds it loaded or on its way.
      if (mayShowStep(new URL(window.location.href)))
        importFromExtension(OVERLAY_FILE).catch(() => undefined);
      void loadGuide().then(
        (guide) => {
          if (!stopped) stopGuide = guide.startGuideOnPage();
        },
        // The extension was updated or removed under the page: no guide, and nothing thrown.
        () => undefined,
      );
    }),
  );
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
