import { useEffect, useRef, useState } from 'preact/hooks';
import { courtById } from '../flows/court-registry';
import type { CourtStatus } from '../progress/court-status';
import { isManual } from '../progress/court-status';
import { t } from '../platform/i18n';
import { CourtHelpDesk } from './court-help-desk';
import { conflictText, howLearned, startLink, statusLabel } from './describe-status';
import type { PopupActions } from './popup-actions';

type Confirming = 'mark-linked' | 'mark-not-needed' | 'reset' | 'remove';

interface CourtRowProps {
  readonly court: string;
  readonly status: CourtStatus;
  readonly actions: PopupActions;
  readonly now: () => number;
}

/** One court of "My courts". `data-court` and `data-status` are read by tests outside the project. */
export function CourtRow({ court, status, actions, now }: CourtRowProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const info = courtById(court);
  if (!info) return null;
  const start = startLink(info, status);
  const conflict = conflictText(status);
  const menuId = `court-menu-${court}`;

  // Back to the button that opened the menu, so keyboard users keep their place.
  const close = (): void => {
    setConfirming(null);
    setMenuOpen(false);
    toggle.current?.focus();
  };
  const cancel = (): void => {
    setConfirming(null);
    toggle.current?.focus();
  };
  const confirm = (): void => {
    if (confirming === 'mark-linked') actions.setByHand(court, 'linked');
    if (confirming === 'mark-not-needed') actions.setByHand(court, 'not-needed');
    if (confirming === 'reset') actions.reset(court);
    if (confirming === 'remove') actions.untrack(court);
    close();
  };

  return (
    <li class="court-row" data-court={court} data-status={status.status}>
      <div class="court-row-main">
        <div class="court-name">
          {info.pacerTitle} <span class="court-id">{court}</span>
        </div>
        <div class="court-status">
          <strong>{statusLabel(status)}</strong>{' '}
          <span class="how-learned">{howLearned(status)}</span>
        </div>
        {conflict && <p class="conflict">{conflict}</p>}
        <CourtHelpDesk court={info} status={status} now={now} />
      </div>
      <div class="court-row-buttons">
        {start && (
          <a
            class="button primary"
            href={start.href}
            target="_blank"
            rel="noopener noreferrer"
            onClick={status.status === 'not-started' ? () => actions.start(court) : undefined}
          >
            {start.label}
            <span class="visually-hidden"> {t('popup_in_court', info.pacerTitle)}</span>
          </a>
        )}
        <button
          ref={toggle}
          type="button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => (menuOpen ? close() : setMenuOpen(true))}
        >
          {t('popup_change')}
          <span class="visually-hidden"> {info.pacerTitle}</span>
        </button>
      </div>
      {menuOpen && (
        <div class="court-menu" id={menuId}>
          {confirming ? (
            <ConfirmChange
              id={court}
              what={confirming}
              courtTitle={info.pacerTitle}
              onConfirm={confirm}
              onCancel={cancel}
            />
          ) : (
            <>
              {!(isManual(status) && status.status === 'linked') && (
                <button type="button" onClick={() => setConfirming('mark-linked')}>
                  {t('popup_mark_linked')}
                </button>
              )}
              {status.status !== 'not-needed' && (
                <button type="button" onClick={() => setConfirming('mark-not-needed')}>
                  {t('popup_mark_not_needed')}
                </button>
              )}
              {isManual(status) && (
                <button
                  type="button"
                  onClick={() => {
                    actions.clearByHand(court);
                    close();
                  }}
                >
                  {t('popup_clear_setting')}
                </button>
              )}
              <button type="button" onClick={() => setConfirming('reset')}>
                {t('popup_reset')}
              </button>
              <button type="button" onClick={() => setConfirming('remove')}>
                {t('popup_remove')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The message names of each confirmation: its question (with the court's title) and its yes. */
const CONFIRMATIONS: Readonly<Record<Confirming, { question: string; yes: string }>> = {
  'mark-linked': { question: 'popup_confirm_mark_linked', yes: 'popup_yes_mark_linked' },
  'mark-not-needed': {
    question: 'popup_confirm_mark_not_needed',
    yes: 'popup_yes_mark_not_needed',
  },
  reset: { question: 'popup_confirm_reset', yes: 'popup_yes_reset' },
  remove: { question: 'popup_confirm_remove', yes: 'popup_yes_remove' },
};

interface ConfirmChangeProps {
  readonly id: string;
  readonly what: Confirming;
  readonly courtTitle: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

function ConfirmChange({ id, what, courtTitle, onConfirm, onCancel }: ConfirmChangeProps) {
  const group = useRef<HTMLDivElement>(null);
  // Focus on the question itself, so that it is read out before either answer.
  useEffect(() => group.current?.focus(), []);
  const questionId = `confirm-${id}`;
  return (
    <div ref={group} role="group" aria-labelledby={questionId} class="confirm" tabIndex={-1}>
      <p id={questionId}>{t(CONFIRMATIONS[what].question, courtTitle)}</p>
      <button type="button" class="primary" onClick={onConfirm}>
        {t(CONFIRMATIONS[what].yes)}
      </button>
      <button type="button" onClick={onCancel}>
        {t('popup_cancel')}
      </button>
    </div>
  );
}
