import { useState } from 'preact/hooks';
import type { SetAsideEntry } from '../storage/stored-layout';
import { formatDate } from './describe-status';
import { datedFileName, downloadText } from './download';

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
  const since = Math.min(...entries.map((entry) => entry.at));

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
      <h2 id="set-aside-heading">Some saved data could not be read</h2>
      <p>
        Since {formatDate(since)}, {entries.length}{' '}
        {entries.length === 1 ? 'item was' : 'items were'} set aside so that the extension keeps
        working ({entries.map((entry) => entry.from).join(', ')}). Download a copy to keep it, then
        start fresh. Your other courts stay as they are.
      </p>
      {confirming ? (
        <div role="group" aria-labelledby="set-aside-question" class="confirm">
          <p id="set-aside-question">
            {downloaded
              ? 'Delete the damaged data now?'
              : 'You have not downloaded a copy. Delete the damaged data anyway?'}
          </p>
          <button type="button" class="primary" onClick={onDiscard}>
            Yes, delete it
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div class="button-row">
          <button type="button" class="primary" onClick={download}>
            Download the damaged data
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            Start fresh…
          </button>
        </div>
      )}
    </section>
  );
}
