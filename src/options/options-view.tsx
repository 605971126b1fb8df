import { COURTS } from '../flows/court-registry';
import type { GuidePreference, Preferences, Role, TextSize } from '../messaging/protocol';
import { t } from '../platform/i18n';
import { guidePreferenceOf } from '../progress/preferences';
import type { SetAsideEntry } from '../storage/stored-layout';
import { SetAsideNotice } from '../ui/set-aside-notice';

export interface OptionsActions {
  readonly setRole: (role: Role | null) => void;
  readonly setTextSize: (textSize: TextSize) => void;
  readonly setGuideEnabled: (court: string, enabled: boolean) => void;
  readonly openPractice: () => void;
  /** Forget the damaged data kept aside (the notice offers to download it first). */
  readonly discardSetAside: () => void;
}

interface OptionsViewProps {
  readonly preferences: Preferences;
  /** Courts in "My courts", and any other court whose guide has a setting. */
  readonly courts: readonly string[];
  /** Damaged data kept aside: offered here as in the popup. */
  readonly setAside: readonly SetAsideEntry[];
  readonly actions: OptionsActions;
  readonly notice: string | null;
  readonly error: string | null;
}

/** `label` and `hint` name the choices' messages. */
const ROLE_CHOICES: readonly { value: Role | null; label: string; hint: string }[] = [
  { value: 'attorney', label: 'options_role_attorney', hint: 'options_role_attorney_hint' },
  {
    value: 'non-attorney',
    label: 'options_role_non_attorney',
    hint: 'options_role_non_attorney_hint',
  },
  { value: null, label: 'options_role_not_set', hint: 'options_role_not_set_hint' },
];

const SIZE_CHOICES: readonly { value: TextSize; label: string }[] = [
  { value: 'standard', label: 'options_size_standard' },
  { value: 'large', label: 'options_size_large' },
  { value: 'larger', label: 'options_size_larger' },
];

const BY_ID = new Map(COURTS.map((court) => [court.id, court]));

export function OptionsView({
  preferences,
  courts,
  setAside,
  actions,
  notice,
  error,
}: OptionsViewProps) {
  return (
    <main class="options" data-text-size={preferences.textSize}>
      <h1>{t('options_title')}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {notice ?? ''}
      </p>
      <SetAsideNotice entries={setAside} onDiscard={actions.discardSetAside} now={Date.now} />

      <fieldset>
        <legend>{t('options_role_legend')}</legend>
        <p class="hint">{t('options_role_help')}</p>
        {ROLE_CHOICES.map((choice) => {
          const id = `role-${String(choice.value)}`;
          // The hint describes the choice; only the label names it.
          return (
            <div key={id} class="choice">
              <input
                id={id}
                type="radio"
                name="role"
                aria-describedby={`${id}-hint`}
                checked={preferences.role === choice.value}
                onChange={() => actions.setRole(choice.value)}
              />
              <label for={id}>{t(choice.label)}</label>
              <span class="hint" id={`${id}-hint`}>
                {t(choice.hint)}
              </span>
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t('options_size_legend')}</legend>
        <p class="hint">{t('options_size_help')}</p>
        {SIZE_CHOICES.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name="text-size"
              checked={preferences.textSize === choice.value}
              onChange={() => actions.setTextSize(choice.value)}
            />
            <span>{t(choice.label)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('options_guide_legend')}</legend>
        {courts.length === 0 ? (
          <p class="hint">{t('options_no_courts')}</p>
        ) : (
          <ul class="guide-courts">
            {courts.map((court) => (
              <GuideSwitch
                key={court}
                court={court}
                preference={guidePreferenceOf(preferences, court)}
                onChange={(enabled) => actions.setGuideEnabled(court, enabled)}
              />
            ))}
          </ul>
        )}
      </fieldset>

      <section aria-labelledby="practice-heading" class="practice">
        <h2 id="practice-heading">{t('options_practice_heading')}</h2>
        <p class="hint">{t('options_practice_help')}</p>
        <button type="button" data-action="practice" onClick={actions.openPractice}>
          {t('options_practice_open')}
        </button>
      </section>
    </main>
  );
}

interface GuideSwitchProps {
  readonly court: string;
  readonly preference: GuidePreference;
  readonly onChange: (enabled: boolean) => void;
}

function GuideSwitch({ court, preference, onChange }: GuideSwitchProps) {
  const info = BY_ID.get(court);
  return (
    <li data-court={court}>
      <label class="choice">
        <input
          type="checkbox"
          checked={preference.enabled}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>
          {t('options_show_guide_in', info?.pacerTitle ?? court)}{' '}
          <span class="court-id">{court}</span>
        </span>
      </label>
    </li>
  );
}
