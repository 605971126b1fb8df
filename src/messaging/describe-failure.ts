import { t } from '../platform/i18n';
import { MessageFailed } from './send-message';

/**
 * A failed request in words for the filer: storage that is full in their
 * language (nothing was lost, and what to do), anything else as the reason given.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof MessageFailed && error.kind === 'storage-full')
    return t('error_storage_full');
  return error instanceof Error ? error.message : String(error);
}
