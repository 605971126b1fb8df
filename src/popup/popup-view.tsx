import { initialCourtStatus } from '../progress/court-status';
import type { Overview } from '../messaging/protocol';
import { t } from '../platform/i18n';
import { SetAsideNotice } from '../ui/set-aside-notice';
import { CourtBrowser } from './court-browser';
import { CourtSiteAccessNotice } from './court-site-access';
import { CourtSearch } from './court-search';
import { GuideOffSection } from './guide-off-section';
import { MyCourtsSection } from './my-courts-section';
import type { PopupActions } from './popup-actions';
import type { TabCourt } from './this-tab-section';
import { ThisTabSection } from './this-tab-section';
import { TransferSection } from './transfer-section';

export interface PopupViewProps {
  readonly overview: Overview;
  readonly tabCourt: TabCourt | null;
  readonly actions: PopupActions;
  /** What the last action did, announced politely. */
  readonly notice: string | null;
  /** What the last action failed to do. */
  readonly error: string | null;
  readonly optionsUrl: string;
  readonly now: () => number;
}

export function PopupView({
  overview,
  tabCourt,
  actions,
  notice,
  error,
  optionsUrl,
  now,
}: PopupViewProps) {
  const { statuses } = overview;
  const tabStatus = tabCourt ? (statuses[tabCourt.court.id] ?? initialCourtStatus(now())) : null;
  const tracked = new Set(Object.keys(statuses));
  return (
    <main class="popup" data-text-size={overview.preferences.textSize}>
      <h1>{t('extName')}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {notice ?? ''}
      </p>
      <CourtSiteAccessNotice />
      <SetAsideNotice entries={overview.setAside} onDiscard={actions.discardSetAside} now={now} />
      <ThisTabSection tabCourt={tabCourt} status={tabStatus} onStart={actions.start} />
      <GuideOffSection preferences={overview.preferences} onTurnOn={actions.turnGuideOn} />
      {/* Before the list: with many courts tracked, the list is long. */}
      <CourtSearch tracked={tracked} onAdd={(court) => actions.track(court.id)} />
      <CourtBrowser tracked={tracked} onAdd={(court) => actions.track(court.id)} />
      <MyCourtsSection statuses={statuses} actions={actions} now={now} />
      <TransferSection statuses={statuses} actions={actions} now={now} />
      <footer>
        <a href={optionsUrl} target="_blank" rel="noopener">
          {t('popup_options_link')}
        </a>
        <button
          type="button"
          data-action="practice"
          onClick={() => actions.openPractice(tabCourt?.court.id ?? null)}
        >
          {t('popup_practice_button')}
        </button>
      </footer>
    </main>
  );
}
