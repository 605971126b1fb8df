// The options page's one container: it reads the preferences and the damaged
// data kept aside through the background (the single writer) and saves each
// change as it is made.

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { COURTS } from '../flows/court-registry';
import { describeFailure } from '../messaging/describe-failure';
import type { Overview } from '../messaging/protocol';
import { sendMessage } from '../messaging/send-message';
import { extensionUrl } from '../platform/active-tab';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { onStoredDataChanged } from '../platform/storage-changes';
import type { OptionsActions } from './options-view';
import { OptionsView } from './options-view';

const PRACTICE_PAGE = 'src/practice/index.html';
const REGISTRY_ORDER = new Map(COURTS.map((court, index) => [court.id, index]));

/** Tracked courts and courts with a guide setting, in registry order. */
function courtsToShow(overview: Overview): string[] {
  const courts = new Set([
    ...Object.keys(overview.statuses),
    ...Object.keys(overview.preferences.guide),
  ]);
  return [...courts].sort((a, b) => (REGISTRY_ORDER.get(a) ?? 0) - (REGISTRY_ORDER.get(b) ?? 0));
}

export function OptionsContainer() {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      setOverview(await sendMessage('getOverview', { tabId: null }));
    } catch (failure) {
      setError(t('options_load_failed', describeFailure(failure)));
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onStoredDataChanged(() => void refresh());
  }, [refresh]);

  const actions = useMemo((): OptionsActions => {
    const save = (work: () => Promise<unknown>, done = t('options_saved')): void => {
      setError(null);
      work()
        .then(() => setNotice(done))
        .catch((failure: unknown) => setError(t('options_not_saved', describeFailure(failure))))
        .finally(() => void refresh());
    };
    return {
      setRole: (role) => save(() => sendMessage('setPreferences', { role })),
      setTextSize: (textSize) => save(() => sendMessage('setPreferences', { textSize })),
      setGuideEnabled: (court, enabled) =>
        save(() => sendMessage('setGuidePreference', { court, preference: { enabled } })),
      discardSetAside: () =>
        save(() => sendMessage('discardSetAside', {}), t('popup_done_discard')),
      // A new tab, no permission needed; failing to open is said, never saved.
      openPractice: () => {
        setError(null);
        browser.tabs
          .create({ url: extensionUrl(PRACTICE_PAGE) })
          .catch((failure: unknown) =>
            setError(t('options_practice_failed', describeFailure(failure))),
          );
      },
    };
  }, [refresh]);

  if (overview === null) {
    return (
      <main class="options" aria-busy={error === null}>
        <h1>{t('options_title')}</h1>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </main>
    );
  }
  return (
    <OptionsView
      preferences={overview.preferences}
      courts={courtsToShow(overview)}
      setAside={overview.setAside}
      actions={actions}
      notice={notice}
      error={error}
    />
  );
}
