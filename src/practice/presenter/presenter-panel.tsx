// The clerk's controls: which court, where in which flow, what goes wrong,
// how large. They drive the practice page; the guide on it runs by itself.
import { COURTS } from '../../flows/court-registry';
import { stepNumber } from '../../flows/flows';
import type { FlowId } from '../../flows/types';
import { t } from '../../platform/i18n';
import type { TextSize } from '../../progress/preferences';
import { describePracticeStatus } from '../describe-practice-status';
import type { PracticeActions } from '../practice-actions';
import { nextPage, pageById, pagesOfFlow, previousPage } from '../practice-pages';
import type { PracticeSession } from '../practice-session';
import { VARIANTS, variantById } from '../variants';

const FLOW_TITLES: readonly [FlowId, () => string][] = [
  ['court-link', () => t('practice_flow_court_link')],
  ['pacer-request', () => t('practice_flow_pacer_request')],
];

const TEXT_SIZES: readonly [TextSize, () => string][] = [
  ['standard', () => t('practice_size_standard')],
  ['large', () => t('practice_size_large')],
  ['larger', () => t('practice_size_larger')],
];

interface PanelProps {
  readonly session: PracticeSession;
  readonly actions: PracticeActions;
}

function StepList({ session, actions, flow, title }: PanelProps & { flow: FlowId; title: string }) {
  return (
    <section class="flow" aria-labelledby={`flow-${flow}`}>
      <h3 id={`flow-${flow}`}>{title}</h3>
      <ol>
        {pagesOfFlow(flow).map((entry) => {
          // The main page after F5 is the same step as before linking: it has no number of its own.
          const number =
            entry.id === 'ecf-main-linked' ? '✓' : String(stepNumber(flow, entry.step));
          const current = session.page === entry.id;
          return (
            <li key={entry.id}>
              <button
                type="button"
                data-page={entry.id}
                aria-current={current ? 'step' : undefined}
                onClick={() => actions.goTo(entry.id)}
              >
                <span class="number">{number}</span> {entry.label}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function CourtChoice({ session, actions }: PanelProps) {
  const groups: readonly [string, 'district' | 'bankruptcy'][] = [
    [t('practice_district_courts'), 'district'],
    [t('practice_bankruptcy_courts'), 'bankruptcy'],
  ];
  return (
    <label class="field">
      <span>{t('practice_court_to_simulate')}</span>
      <select
        data-control="court"
        value={session.court}
        onChange={(event) => actions.chooseCourt(event.currentTarget.value)}
      >
        {groups.map(([label, type]) => (
          <optgroup key={type} label={label}>
            {COURTS.filter((court) => court.type === type).map((court) => (
              <option key={court.id} value={court.id}>
                {court.pacerTitle} ({court.id})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

function Variants({ session, actions }: PanelProps) {
  const flow = pageById(session.page).flow;
  const shownOn = variantById(session.variant).showsOn(flow);
  return (
    <fieldset class="variants">
      <legend>{t('practice_what_can_go_wrong')}</legend>
      {VARIANTS.map((variant) => (
        <label key={variant.id} class="choice">
          <input
            type="radio"
            name="variant"
            value={variant.id}
            checked={session.variant === variant.id}
            onChange={() => actions.chooseVariant(variant.id)}
          />
          <span>
            <span class="choice-label">{variant.label}</span>
            {/* The chosen scenario says what it does; the others are one line each, to fit the window. */}
            {session.variant === variant.id ? (
              <span class="hint">{variant.description}</span>
            ) : null}
          </span>
        </label>
      ))}
      <button
        type="button"
        data-action="show-variant"
        disabled={shownOn === null || shownOn === session.page}
        onClick={actions.showVariant}
      >
        {shownOn
          ? t('practice_go_to_variant', pageById(shownOn).label)
          : t('practice_variant_other_flow')}
      </button>
    </fieldset>
  );
}

export function PresenterPanel({ session, actions }: PanelProps) {
  const previous = previousPage(session.page, session.variant);
  const next = nextPage(session.page, session.variant);
  return (
    <aside class="presenter" aria-label={t('practice_presenter_label')}>
      <h2>{t('practice_heading')}</h2>
      <CourtChoice session={session} actions={actions} />
      <p class="status" role="status" data-part="practice-status">
        {t('practice_status', describePracticeStatus(session.statuses[session.court]))}
      </p>
      <div class="row">
        <button type="button" data-action="back" disabled={!previous} onClick={actions.back}>
          {t('practice_back')}
        </button>
        <button type="button" data-action="next" disabled={!next} onClick={actions.next}>
          {t('practice_next')}
        </button>
      </div>
      <button type="button" data-action="restart" class="wide" onClick={actions.restart}>
        {t('practice_restart')}
      </button>
      {/* Before the step lists: a presenter picks what goes wrong without scrolling. */}
      <Variants session={session} actions={actions} />
      <nav aria-label={t('practice_steps_label')}>
        {FLOW_TITLES.map(([flow, title]) => (
          <StepList key={flow} session={session} actions={actions} flow={flow} title={title()} />
        ))}
      </nav>
      <fieldset class="sizes">
        <legend>{t('practice_text_size')}</legend>
        {TEXT_SIZES.map(([size, label]) => (
          <label key={size} class="choice inline">
            <input
              type="radio"
              name="text-size"
              checked={session.textSize === size}
              onChange={() => actions.chooseTextSize(size)}
            />
            <span>{label()}</span>
          </label>
        ))}
      </fieldset>
      <p class="note">{t('practice_note')}</p>
    </aside>
  );
}
