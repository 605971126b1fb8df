// Across the top: the practice mark, and the address of the court page the
// look-alike below imitates, as a browser's address bar would show it.
import { courtById } from '../../flows/court-registry';
import { t } from '../../platform/i18n';
import { currentUrl, type PracticeSession } from '../practice-session';

export function PracticeBanner({ session }: { session: PracticeSession }) {
  const court = courtById(session.court);
  return (
    <header class="banner">
      <p class="mark">
        <strong>{t('practice_mark')}</strong> {t('practice_mark_note')}
        {court && <span class="court"> · {court.name}</span>}
      </p>
      <p class="address">
        <span class="visually-hidden">{t('practice_address_label')} </span>
        <span data-part="virtual-url">{currentUrl(session).href}</span>
      </p>
    </header>
  );
}
