import { useEffect, useRef } from 'preact/hooks';
import type { CourtType } from '../../flows/types';
import type { GuideView, StepGuide } from '../guide-view';
import { Checklist } from './Checklist';
import { followTarget } from './follow-target';
import { StepContent } from './StepContent';
import { STRINGS } from './strings';

export interface GuideActions {
  readonly collapse: () => void;
  readonly expand: () => void;
  readonly turnOff: () => void;
  readonly restart: () => void;
  readonly focusTarget: () => void;
}

export interface GuideRootProps {
  readonly view: GuideView;
  readonly courtType: CourtType | null;
  readonly training: boolean;
  readonly fontSize: number;
  readonly gaveUpWaiting: boolean;
  readonly reducedMotion: boolean;
  readonly focusedOnPage: () => Element | null;
  readonly actions: GuideActions;
}

/** What a screen reader hears when the view changes. */
export function announcement(view: GuideView): string {
  if (view.kind === 'step')
    return `${STRINGS.stepOf(view.number, view.total)}: ${view.step.instruction}`;
  if (view.kind === 'checklist') return STRINGS.checklistTitle;
  return '';
}

function Controls({ actions, withTarget }: { actions: GuideActions; withTarget: boolean }) {
  return (
    <div class="controls">
      {withTarget && (
        <button type="button" class="primary" onClick={actions.focusTarget}>
          {STRINGS.goToTarget}
        </button>
      )}
      <button type="button" onClick={actions.collapse} data-action="collapse">
        {STRINGS.collapse}
      </button>
      <button type="button" onClick={actions.restart} data-action="restart">
        {STRINGS.restart}
      </button>
      <button type="button" onClick={actions.turnOff} data-action="turn-off">
        {STRINGS.turnOff}
      </button>
    </div>
  );
}

function StepBubble(props: GuideRootProps & { guide: StepGuide }) {
  const { guide, actions } = props;
  const bubble = useRef<HTMLElement>(null);
  const ring = useRef<HTMLDivElement>(null);
  const target = guide.target?.element ?? null;

  useEffect(() => {
    if (!target || !bubble.current || !ring.current) return undefined;
    return followTarget(target, bubble.current, ring.current, {
      reducedMotion: props.reducedMotion,
      focused: props.focusedOnPage,
    });
  }, [target]);

  return (
    <>
      {target && <div class="ring" data-part="highlight" aria-hidden="true" ref={ring} />}
      <section
        ref={bubble}
        class={target ? 'bubble' : 'bubble docked'}
        data-part="hint"
        aria-label={STRINGS.guideName}
        tabIndex={-1}
        onKeyDown={(event) => event.key === 'Escape' && actions.collapse()}
      >
        <div class="header">
          <p class="progress" data-part="progress">
            {STRINGS.stepOf(guide.number, guide.total)}
          </p>
          {props.training && <span class="badge">{STRINGS.training}</span>}
        </div>
        <StepContent
          guide={guide}
          courtType={props.courtType}
          gaveUpWaiting={props.gaveUpWaiting}
        />
        <Controls actions={actions} withTarget={target !== null} />
        <p class="shortcut">{STRINGS.shortcut}</p>
      </section>
    </>
  );
}

export function GuideRoot(props: GuideRootProps) {
  const { view, actions } = props;
  return (
    <div class="layer" style={{ '--guide-font': `${props.fontSize}px` }}>
      <div role="status" class="sr-only" data-part="announcer">
        {announcement(view)}
      </div>
      {view.kind === 'step' && <StepBubble {...props} guide={view} />}
      {view.kind === 'checklist' && (
        <section
          class="bubble docked"
          data-part="hint"
          aria-label={STRINGS.guideName}
          tabIndex={-1}
          onKeyDown={(event) => event.key === 'Escape' && actions.collapse()}
        >
          <Checklist flow={view.flow} current={view.current} />
          <Controls actions={actions} withTarget={false} />
        </section>
      )}
      {view.kind === 'pill' && (
        <div class="pill" data-part="pill">
          <button type="button" onClick={actions.expand} data-action="expand">
            {view.reason === 'not-linked' || !view.guide
              ? STRINGS.notLinkedPill
              : STRINGS.collapsedPill(view.guide.number, view.guide.total)}
          </button>
        </div>
      )}
    </div>
  );
}
