import { COURTS } from '../flows/court-registry';
import type { GuidePreference, Preferences, Role, TextSize } from '../messaging/protocol';
import { guidePreferenceOf } from '../storage/preferences';

export interface OptionsActions {
  readonly setRole: (role: Role | null) => void;
  readonly setTextSize: (textSize: TextSize) => void;
  readonly setGuideEnabled: (court: string, enabled: boolean) => void;
  readonly openPractice: () => void;
}

interface OptionsViewProps {
  readonly preferences: Preferences;
  /** Courts in "My courts", and any other court whose guide has a setting. */
  readonly courts: readonly string[];
  readonly actions: OptionsActions;
  readonly notice: string | null;
  readonly error: string | null;
}

const ROLE_CHOICES: readonly { value: Role | null; label: string; hint: string }[] = [
  {
    value: 'attorney',
    label: 'Attorney',
    hint: 'The guide points at Attorney Admissions / E-File Registration.',
  },
  {
    value: 'non-attorney',
    label: 'Non-attorney',
    hint: 'The guide points at Non-Attorney Admissions / E-File Registration.',
  },
  { value: null, label: 'Not set', hint: 'The guide points at both and lets you choose.' },
];

const SIZE_CHOICES: readonly { value: TextSize; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger (for presenting)' },
];

const BY_ID = new Map(COURTS.map((court) => [court.id, court]));

export function OptionsView({ preferences, courts, actions, notice, error }: OptionsViewProps) {
  return (
    <main class="options" data-text-size={preferences.textSize}>
      <h1>PACER Link Guide options</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {notice ?? ''}
      </p>

      <fieldset>
        <legend>Your role</legend>
        <p class="hint">Decides which PACER registration entry the guide highlights.</p>
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
              <label for={id}>{choice.label}</label>
              <span class="hint" id={`${id}-hint`}>
                {choice.hint}
              </span>
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>Text size of the guide</legend>
        <p class="hint">
          Larger text helps when you show the steps on a projector or to a colleague.
        </p>
        {SIZE_CHOICES.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name="text-size"
              checked={preferences.textSize === choice.value}
              onChange={() => actions.setTextSize(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>The guide, court by court</legend>
        {courts.length === 0 ? (
          <p class="hint">
            Your courts appear here once you add them in the toolbar popup or open their CM/ECF
            sites.
          </p>
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
        <h2 id="practice-heading">Practice court</h2>
        <p class="hint">
          Both ways of linking on copies of the court’s and PACER’s pages, inside the extension: for
          clerks who demonstrate, and for a first try. Nothing there reaches a court or changes your
          statuses.
        </p>
        <button type="button" data-action="practice" onClick={actions.openPractice}>
          Open the practice court
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
          Show the guide in {info?.pacerTitle ?? court} <span class="court-id">{court}</span>
        </span>
      </label>
    </li>
  );
}
