import { t } from '../platform/i18n';

/** "21 Nov 2026", in local time: unambiguous on both sides of the Atlantic. */
export function formatDate(at: number): string {
  const date = new Date(at);
  const month = t('popup_months').split(' ')[date.getMonth()] ?? '';
  return `${date.getDate()} ${month} ${date.getFullYear()}`;
}
