// Why a file was not imported, in the filer's language.
import { t } from '../platform/i18n';
import type { ImportProblem } from '../storage/parse-statuses-file';

function reason(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t('popup_import_problem_too_large');
    case 'not-json':
      return t('popup_import_problem_not_json');
    case 'not-an-export':
      return t('popup_import_problem_not_an_export');
    case 'no-version':
      return t('popup_import_problem_no_version');
    case 'newer-version':
      return t('popup_import_problem_newer_version', String(problem.version));
    case 'no-courts-list':
      return t('popup_import_problem_no_courts_list');
    case 'entry-without-court':
      return t('popup_import_problem_entry_without_court', String(problem.entry));
    case 'unknown-court':
      return t('popup_import_problem_unknown_court', String(problem.entry), problem.court);
    case 'court-twice':
      return t('popup_import_problem_court_twice', String(problem.entry), problem.court);
    case 'invalid-status':
      // The field names are the file's own, the same in every language; the detail is English.
      return problem.field === null
        ? t(
            'popup_import_problem_invalid_status_whole',
            String(problem.entry),
            problem.court,
            problem.detail,
          )
        : t(
            'popup_import_problem_invalid_status',
            String(problem.entry),
            problem.court,
            problem.field,
            problem.detail,
          );
  }
}

/** "<file>: Nothing was imported. <why>" */
export function describeImportProblem(fileName: string, problem: ImportProblem): string {
  return t('popup_import_refused', fileName, reason(problem));
}
