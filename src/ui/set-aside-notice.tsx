// Shared by the popup and the options page: a filer who looks for the
// damaged data kept aside finds it in either.

import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { SetAsideEntry } from '../storage/stored-layout';
import { datedFileName, downloadText } from './download';
import { formatDate } from './format-date';

/** How many places the notice names; the download has them all. */
const PLACES_NAMED = 5;

interface SetAsideNoticeProps {
  readonly entries: readonly SetAsideEntry[];
  readonly onDiscard: () => void;
  readonly now: () => number;
}

/**
 * Saved data that could not be read was set aside so the extension keeps
 * working. The filer keeps a copy if they wish, then starts fresh.
 */
export function SetAsideNotice({ entries, onDiscard, now }: SetAsideNoticeProps) {
  const [confirming, setConfirming] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  if (entries.length === 0) return null;
  // A loop, not Math.min(...): a spread of 150,000 damaged entries overflows the stack.
  const since = entries.reduce((earliest, entry) => Math.min(earliest, entry.at), Infinity);
  const tooLarge = entries.reduce((count, entry) => count + ('tooLargeToKeep' in entry ? 1 : 0), 0);

  const download = (): void => {
    const at = now();
    const file = {
      format: 'pacer-link-guide/set-aside',
      savedAt: new Date(at).toISOString(),
      entries,
    };
    downloadText(
      `${JSON.stringify(file, null, 2)}\n`,
      datedFileName('pacer-link-damaged-data', at, 'json'),
      'application/json',
    );
    setDownloaded(true);
  };

  return (
    <section class="set-aside" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">{t('popup_set_aside_heading')}</h2>
      <p>
        {t(
          entries.length === 1 ? 'popup_set_aside_body_one' : 'popup_set_aside_body',
          formatDate(since),
          String(entries.length),
          placesOf(entries),
        )}
        {tooLarge > 0 && ` ${t('set_aside_too_large', String(tooLarge))}`}
      </p>
      {confirming ? (
        <div role="group" aria-labelledby="set-aside-question" class="confirm">
          <p id="set-aside-question">
            {downloaded ? t('popup_set_aside_delete_now') : t('popup_set_aside_delete_anyway')}
          </p>
          <button type="button" class="primary" onClick={onDiscard}>
            {t('popup_set_aside_yes_delete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('popup_cancel')}
          </button>
        </div>
      ) : (
        <div class="button-row">
          <button type="button" class="primary" onClick={download}>
            {t('popup_set_aside_download')}
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            {t('popup_set_aside_start_fresh')}
          </button>
        </div>
      )}
    </section>
  );
}

/** `statuses.mnd, setAside, …`: each place once, the first few only. */
function placesOf(entries: readonly SetAsideEntry[]): string {
  const places = new Set<string>();
  for (const entry of entries) {
    places.add(entry.from);
    if (places.size > PLACES_NAMED) break;
  }
  const named = [...places].slice(0, PLACES_NAMED);
  if (places.size > PLACES_NAMED) named.push('…');
  return named.join(', ');
}
