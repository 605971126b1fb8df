import type { CourtType } from '../../flows/types';
import type { StepGuide } from '../guide-view';
import { NamesCheck } from './NamesCheck';
import { STRINGS } from './strings';

interface Props {
  readonly guide: StepGuide;
  readonly courtType: CourtType | null;
  /** True once the bounded wait for a late-rendering target is over. */
  readonly gaveUpWaiting: boolean;
}

export function StepContent({ guide, courtType, gaveUpWaiting }: Props) {
  const firstTarget = guide.step.highlight[0];
  return (
    <>
      <p class="instruction" data-part="instruction">
        {STRINGS.instruction(guide.flow, guide.step.id)}
      </p>
      {guide.step.id === 'link-confirm' && (
        <NamesCheck names={guide.names} namesMatch={guide.namesMatch} />
      )}
      {guide.step.id === 'link-done' && (
        <p class="verdict match">
          {STRINGS.pressF5} {courtType && STRINGS.menusByType(courtType)}
        </p>
      )}
      {guide.targetState === 'missing' && firstTarget && (
        <p class="missing" data-part="missing" role={gaveUpWaiting ? 'alert' : undefined}>
          {gaveUpWaiting ? (
            <>
              {STRINGS.cantFind(STRINGS.target(firstTarget.id))} {STRINGS.cantFindHelp}
            </>
          ) : (
            STRINGS.lookingFor(STRINGS.target(firstTarget.id))
          )}
        </p>
      )}
      {guide.target?.explained && <p class="missing">{STRINGS.targetWhy(guide.target.id)}</p>}
      <ul class="hints">
        {guide.hints.map((hint) => (
          <li key={hint.id} class={hint.kind} data-hint={hint.id}>
            {STRINGS.hint(hint.id)}
          </li>
        ))}
      </ul>
    </>
  );
}
