// Courts where the filer turned the guide off (from the bubble's "Turn off in
// this court"): otherwise nothing on their pages says why the guide is gone.

import { courtById } from '../flows/court-registry';
import { t } from '../platform/i18n';
import type { Preferences } from '../progress/preferences';

/** Court ids whose guide is off, in registry order. */
function courtsWithGuideOff(preferences: Preferences): string[] {
  return Object.entries(preferences.guide)
    .filter(([, preference]) => !preference.enabled)
    .map(([court]) => court)
    .sort();
}

interface GuideOffProps {
  readonly preferences: Preferences;
  readonly onTurnOn: (court: string) => void;
}

export function GuideOffSection({ preferences, onTurnOn }: GuideOffProps) {
  const courts = courtsWithGuideOff(preferences);
  if (courts.length === 0) return null;
  return (
    <section aria-labelledby="guide-off-heading" class="guide-off">
      <h2 id="guide-off-heading">{t('popup_guide_off_heading')}</h2>
      <p>{t('popup_guide_off_intro')}</p>
      <ul>
        {courts.map((court) => {
          const title = courtById(court)?.pacerTitle ?? court;
          return (
            <li key={court} data-guide-off={court} class="guide-off-row">
              <span>{title}</span>
              <button
                type="button"
                onClick={(event) => {
                  // The row goes once the guide is on: focus moves to the next court's button first.
                  const row = event.currentTarget.closest('li');
                  const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
                  neighbour?.querySelector('button')?.focus();
                  onTurnOn(court);
                }}
              >
                {t('popup_guide_turn_on')} <span class="visually-hidden">{title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
