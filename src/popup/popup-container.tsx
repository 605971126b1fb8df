// The popup's one container: it shows the overview and the active tab's
// court (load-overview.ts), carries out the views' actions and refreshes
// when storage changes (a report from a tab while the popup is open).

import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { courtById } from '../flows/court-registry';
import { describeFailure } from '../messaging/describe-failure';
import { sendMessage } from '../messaging/send-message';
import { extensionUrl } from '../platform/active-tab';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { onStoredDataChanged } from '../platform/storage-changes';
import { loadPopup, type Loaded } from './load-overview';
import type { PopupActions } from './popup-actions';
import { PopupView } from './popup-view';

const OPTIONS_PAGE = 'src/options/index.html';
const PRACTICE_PAGE = 'src/practice/index.html';

/** The practice court (src/practice/), simulating `court` when given; it needs no permission. */
async function openPracticeCourt(court: string | null): Promise<void> {
  const query = court ? `?court=${encodeURIComponent(court)}` : '';
  await browser.tabs.create({ url: extensionUrl(PRACTICE_PAGE) + query });
}

/** `firstLoad`: started before the first render (main.tsx), so reading storage overlaps loading the page. */
export function PopupContainer({ firstLoad }: { readonly firstLoad: Promise<Loaded> }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<void> => setLoaded(await loadPopup()), []);

  // A layout effect: a plain one waits for the next frame before it subscribes.
  useLayoutEffect(() => {
    let open = true;
    void firstLoad.then(
      (first) => open && setLoaded((shown) => (shown.kind === 'loading' ? first : shown)),
    );
    const stop = onStoredDataChanged(() => void refresh());
    return () => {
      open = false;
      stop();
    };
  }, [firstLoad, refresh]);

  const actions = useMemo((): PopupActions => {
    const run = (work: () => Promise<unknown>, done: string): void => {
      setError(null);
      work()
        .then(() => setNotice(done))
        .catch((failure: unknown) => setError(t('popup_action_failed', describeFailure(failure))))
        .finally(() => void refresh());
    };
    const title = (court: string): string => courtById(court)?.pacerTitle ?? court;
    return {
      track: (court) =>
        run(() => sendMessage('trackCourt', { court }), t('popup_done_track', title(court))),
      // No notice: the court's site opens in a tab, and the popup closes.
      start: (court) =>
        void sendMessage('startCourt', { court, flow: 'court-link' })
          .catch((failure: unknown) => setError(t('popup_action_failed', describeFailure(failure))))
          .finally(() => void refresh()),
      untrack: (court) =>
        run(() => sendMessage('untrackCourt', { court }), t('popup_done_untrack', title(court))),
      setByHand: (court, status) =>
        run(
          () => sendMessage('setStatusByHand', { court, status }),
          t(
            status === 'linked' ? 'popup_done_mark_linked' : 'popup_done_mark_not_needed',
            title(court),
          ),
        ),
      clearByHand: (court) =>
        run(() => sendMessage('clearStatusByHand', { court }), t('popup_done_clear', title(court))),
      reset: (court) =>
        run(() => sendMessage('restartCourt', { court }), t('popup_done_reset', title(court))),
      importStatuses: (statuses) =>
        run(
          () => sendMessage('importStatuses', { statuses }),
          t('popup_done_import', String(Object.keys(statuses).length)),
        ),
      discardSetAside: () => run(() => sendMessage('discardSetAside', {}), t('popup_done_discard')),
      turnGuideOn: (court) =>
        run(
          () => sendMessage('setGuidePreference', { court, preference: { enabled: true } }),
          t('popup_done_guide_on', title(court)),
        ),
      openPractice: (court) => run(() => openPracticeCourt(court), t('popup_done_practice')),
    };
  }, [refresh]);

  if (loaded.kind === 'loading') return <main class="popup" aria-busy="true" />;
  if (loaded.kind === 'failed') {
    return (
      <main class="popup">
        <h1>{t('extName')}</h1>
        <p class="error" role="alert">
          {t('popup_load_failed', loaded.message)}
        </p>
        <button type="button" onClick={() => void refresh()}>
          {t('popup_try_again')}
        </button>
      </main>
    );
  }
  return (
    <PopupView
      overview={loaded.overview}
      tabCourt={loaded.tabCourt}
      actions={actions}
      notice={notice}
      error={error}
      optionsUrl={extensionUrl(OPTIONS_PAGE)}
      now={Date.now}
    />
  );
}
