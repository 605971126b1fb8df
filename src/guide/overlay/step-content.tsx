import type { CourtType } from '../../flows/types';
import type { StepGuide } from '../guide-view';
import { HelpDesk } from './help-desk';
import { NamesCheck } from './names-check';
import type { GuideStrings } from './strings';

interface Props {
  readonly strings: GuideStrings;
  readonly guide: StepGuide;
  readonly courtType: CourtType | null;
  /** True once the bounded wait for a late-rendering target is over. */
  readonly gaveUpWaiting: boolean;
}

export function StepContent({ strings, guide, courtType, gaveUpWaiting }: Props) {
  const firstTarget = guide.step.highlight[0];
  return (
    <>
      <p class="instruction" data-part="instruction">
        {strings.headline(guide)}
      </p>
      {guide.step.showsNamesCheck && (
        <NamesCheck strings={strings} names={guide.names} namesMatch={guide.namesMatch} />
      )}
      {guide.step.showsLinkedNote && (
        <p class="verdict match">
          {strings.pressF5} {courtType && strings.menusByType(courtType)}
        </p>
      )}
      {guide.targetState === 'missing' && firstTarget && (
        <p class="missing" data-part="missing" role={gaveUpWaiting ? 'alert' : undefined}>
          {gaveUpWaiting ? (
            <>
              {strings.cantFind(strings.target(firstTarget.id))} {strings.cantFindHelp}
            </>
          ) : (
            strings.lookingFor(strings.target(firstTarget.id))
          )}
        </p>
      )}
      {guide.targetState === 'missing' && gaveUpWaiting && <HelpDesk strings={strings} />}
      {guide.target?.explained && <p class="missing">{strings.targetWhy(guide.target.id)}</p>}
      <ul class="hints">
        {guide.hints.map((hint) => (
          <li key={hint.id} class={hint.kind} data-hint={hint.id}>
            {strings.hint(hint.id)}
          </li>
        ))}
      </ul>
    </>
  );
}
