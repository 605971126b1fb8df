// Export for a firm's or a clerk's records; import to restore them. The file
// is checked whole before anything changes, and the filer confirms.

import { useRef, useState } from 'preact/hooks';
import type { CourtStatus } from '../progress/court-status';
import { t } from '../platform/i18n';
import { MAX_IMPORT_BYTES, parseStatusesFile, TOO_LARGE } from '../storage/parse-statuses-file';
import { statusesToCsv, statusesToJson } from '../storage/statuses-file';
import { datedFileName, downloadText } from '../ui/download';
import { describeImportProblem } from './describe-import-problem';
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
      setError(describeImportProblem(file.name, parsed.problem));
    }
  };

  const onFileChosen = (input: HTMLInputElement): void => {
    const file = input.files?.[0];
    input.value = '';
    if (file) readFile(file).catch(() => setError(t('popup_import_unreadable', file.name)));
  };

  const count = pending ? Object.keys(pending.statuses).length : 0;
  return (
    <section aria-labelledby="transfer-heading" class="transfer">
      <h2 id="transfer-heading">{t('popup_transfer_heading')}</h2>
      <div class="button-row">
        <button type="button" aria-describedby="transfer-formats" onClick={() => exportAs('json')}>
          {t('popup_export_json')}
        </button>
        <button type="button" aria-describedby="transfer-formats" onClick={() => exportAs('csv')}>
          {t('popup_export_csv')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('popup_import_json')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('popup_import_file_label')}
          onChange={(event) => onFileChosen(event.currentTarget)}
        />
      </div>
      <p id="transfer-formats" class="note">
        {t('popup_export_formats')}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div role="group" aria-labelledby="import-question" class="confirm">
          <p id="import-question">
            {count === 0
              ? t('popup_import_empty', pending.fileName)
              : t(
                  count === 1 ? 'popup_import_question_one' : 'popup_import_question',
                  String(count),
                  pending.fileName,
                )}
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
              {t('popup_import')}
            </button>
          )}
          <button type="button" onClick={() => setPending(null)}>
            {count > 0 ? t('popup_cancel') : t('popup_close')}
          </button>
        </div>
      )}
    </section>
  );
}
