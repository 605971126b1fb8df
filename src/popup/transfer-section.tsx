// Export for a firm's or a clerk's records; import to restore them. The file
// is checked whole before anything changes, and the filer confirms.

import { useRef, useState } from 'preact/hooks';
import type { CourtStatus } from '../progress/court-status';
import { MAX_IMPORT_BYTES, parseStatusesFile, TOO_LARGE } from '../storage/parse-statuses-file';
import { statusesToCsv, statusesToJson } from '../storage/statuses-file';
import { datedFileName, downloadText } from './download';
import type { PopupActions } from './popup-actions';

type Statuses = Readonly<Record<string, CourtStatus>>;

interface TransferProps {
  readonly statuses: Statuses;
  readonly actions: PopupActions;
  readonly now: () => number;
}

export function TransferSection({ statuses, actions, now }: TransferProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ fileName: string; statuses: Statuses } | null>(null);

  const exportAs = (kind: 'json' | 'csv'): void => {
    const at = now();
    const text = kind === 'json' ? statusesToJson(statuses, at) : statusesToCsv(statuses);
    downloadText(
      text,
      datedFileName('pacer-link-statuses', at, kind),
      kind === 'json' ? 'application/json' : 'text/csv',
    );
  };

  const readFile = async (file: File): Promise<void> => {
    setPending(null);
    const parsed = file.size > MAX_IMPORT_BYTES ? TOO_LARGE : parseStatusesFile(await file.text());
    if (parsed.ok) {
      setError(null);
      setPending({ fileName: file.name, statuses: parsed.statuses });
    } else {
      setError(`${file.name}: ${parsed.error}`);
    }
  };

  const onFileChosen = (input: HTMLInputElement): void => {
    const file = input.files?.[0];
    input.value = '';
    if (file)
      readFile(file).catch(() =>
        setError(`${file.name}: the file could not be read. Nothing was imported.`),
      );
  };

  const count = pending ? Object.keys(pending.statuses).length : 0;
  return (
    <section aria-labelledby="transfer-heading" class="transfer">
      <h2 id="transfer-heading">Keep a record</h2>
      <div class="button-row">
        <button type="button" onClick={() => exportAs('json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import JSON…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Statuses file to import"
          onChange={(event) => onFileChosen(event.currentTarget)}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div role="group" aria-labelledby="import-question" class="confirm">
          <p id="import-question">
            {count === 0
              ? `${pending.fileName} lists no courts: there is nothing to import.`
              : `Import ${count} ${count === 1 ? 'court' : 'courts'} from ${pending.fileName}? Their statuses here are replaced by the file’s; your other courts stay as they are.`}
          </p>
          {count > 0 && (
            <button
              type="button"
              class="primary"
              onClick={() => {
                actions.importStatuses(pending.statuses);
                setPending(null);
              }}
            >
              Import
            </button>
          )}
          <button type="button" onClick={() => setPending(null)}>
            {count > 0 ? 'Cancel' : 'Close'}
          </button>
        </div>
      )}
    </section>
  );
}
