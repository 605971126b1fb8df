import { Component, createRef } from 'preact';
import { PROTECTED_CONTEXT } from '../../flows/protected-context';
import type { Court, CourtType } from '../../flows/types';
import type { GuideView, StepGuide } from '../guide-view';
import { Checklist } from './checklist';
import { GuideCourt, type HelpDesksOnDemand } from './help-desk';
import { dockClear } from './dock-clear';
import { followTarget, type Following } from './follow-target';
import { StepContent } from './step-content';
import type { GuideStrings } from './strings';

export interface GuideActions {
  readonly collapse: () => void;
  readonly expand: () => void;
  readonly turnOff: () => void;
  /** "I don't e-file here": the court's status becomes not needed, and the guide goes quiet there. */
  readonly notNeeded: () => void;
  readonly restart: () => void;
  readonly focusTarget: () => void;
}

export interface GuideRootProps {
  readonly view: GuideView;
  readonly strings: GuideStrings;
  readonly courtType: CourtType | null;
  /** The court the guide is in, for its help desk (help-desk.tsx); null when none is known. */
  readonly court: Pick<Court, 'id' | 'pacerTitle'> | null;
  /** What the help desk of `court` is looked up in, once loaded. */
  readonly helpDesks: HelpDesksOnDemand;
  /** The page names a court: only there can the guide be turned off or restarted. */
  readonly inCourt: boolean;
  readonly training: boolean;
  readonly gaveUpWaiting: boolean;
  readonly reducedMotion: boolean;
  readonly focusedOnPage: () => Element | null;
  readonly actions: GuideActions;
}

/** What a screen reader hears when the view changes. */
function announcement(view: GuideView, strings: GuideStrings): string {
  if (view.kind === 'step')
    return `${strings.stepOf(view.number, view.total)}: ${strings.headline(view)}`;
  if (view.kind === 'checklist') return strings.checklistTitle;
  return '';
}

interface ControlsProps {
  readonly strings: GuideStrings;
  readonly actions: GuideActions;
  readonly withTarget: boolean;
  /** The step offers "I don't e-file here". */
  readonly withNotNeeded?: boolean;
  /** Turning off and restarting are per court: a page with no court offers neither. */
  readonly inCourt: boolean;
}

function Controls({ strings, actions, withTarget, withNotNeeded = false, inCourt }: ControlsProps) {
  return (
    <div class="controls">
      {withTarget && (
        <button type="button" class="primary" onClick={actions.focusTarget}>
          {strings.goToTarget}
        </button>
      )}
      {withNotNeeded && (
        <button type="button" onClick={actions.notNeeded} data-action="not-needed">
          {strings.notNeeded}
        </button>
      )}
      <button type="button" onClick={actions.collapse} data-action="collapse">
        {strings.collapse}
      </button>
      {inCourt && (
        <button type="button" onClick={actions.restart} data-action="restart">
          {strings.restart}
        </button>
      )}
      {inCourt && (
        <button type="button" onClick={actions.turnOff} data-action="turn-off">
          {strings.turnOff}
        </button>
      )}
    </div>
  );
}

type StepBubbleProps = GuideRootProps & { guide: StepGuide };

// A class rather than hooks: preact/hooks would be one more module on every court page.
class StepBubble extends Component<StepBubbleProps> {
  private readonly bubble = createRef<HTMLElement>();
  private readonly ring = createRef<HTMLDivElement>();
  private following: { target: Element; place: Following } | null = null;
  /** Stops keeping the docked bubble (no target) clear of the step's protected elements. */
  private stopDocking: (() => void) | null = null;

  override componentDidMount(): void {
    this.follow();
  }

  override componentDidUpdate(): void {
    this.follow();
  }

  override componentWillUnmount(): void {
    this.following?.place.stop();
    this.stopDocking?.();
  }

  /** Follows a new target (and lets go of the old one), or places again beside the same one. */
  private follow(): void {
    const target = this.props.guide.target?.element ?? null;
    if (this.following?.target === target) {
      // Re-rendered because the page changed: the target may have moved with it.
      this.following.place.update();
      return;
    }
    this.following?.place.stop();
    this.following = null;
    this.stopDocking?.();
    this.stopDocking = null;
    if (!target) {
      // Docked again: drop the place beside the old target, which may be off-screen now.
      for (const property of ['left', 'top', 'width', 'max-height'])
        this.bubble.current?.style.removeProperty(property);
      if (this.bubble.current) {
        this.stopDocking = dockClear(
          this.bubble.current,
          PROTECTED_CONTEXT[this.props.guide.step.id],
        );
      }
      return;
    }
    if (!this.bubble.current || !this.ring.current) return;
    const place = followTarget(target, this.bubble.current, this.ring.current, {
      reducedMotion: this.props.reducedMotion,
      focused: this.props.focusedOnPage,
      protects: PROTECTED_CONTEXT[this.props.guide.step.id],
    });
    this.following = { target, place };
  }

  override render() {
    const { guide, actions, strings } = this.props;
    const target = guide.target?.element ?? null;
    return (
      <>
        {target && <div class="ring" data-part="highlight" aria-hidden="true" ref={this.ring} />}
        <section
          ref={this.bubble}
          class={target ? 'bubble' : 'bubble docked'}
          data-part="hint"
          aria-label={strings.guideName}
          tabIndex={-1}
          onKeyDown={(event) => event.key === 'Escape' && actions.collapse()}
        >
          <div class="header">
            <p class="progress" data-part="progress">
              {strings.stepOf(guide.number, guide.total)}
            </p>
            {this.props.training && <span class="badge">{strings.training}</span>}
          </div>
          <StepContent
            strings={strings}
            guide={guide}
            courtType={this.props.courtType}
            gaveUpWaiting={this.props.gaveUpWaiting}
          />
          <Controls
            strings={strings}
            actions={actions}
            withTarget={target !== null}
            withNotNeeded={guide.step.offersNotNeeded === true}
            inCourt={this.props.inCourt}
          />
          <p class="shortcut">{strings.shortcut}</p>
        </section>
      </>
    );
  }
}

/** The step bubble or the checklist; the pill is the content script's own (mount-guide.ts). */
export function GuideRoot(props: GuideRootProps) {
  const { view, actions, strings } = props;
  return (
    <GuideCourt.Provider value={{ court: props.court, helpDesks: props.helpDesks }}>
      <div role="status" class="sr-only" data-part="announcer">
        {announcement(view, strings)}
      </div>
      {view.kind === 'step' && <StepBubble {...props} guide={view} />}
      {view.kind === 'checklist' && (
        <section
          class="bubble docked"
          data-part="hint"
          aria-label={strings.guideName}
          tabIndex={-1}
          onKeyDown={(event) => event.key === 'Escape' && actions.collapse()}
        >
          <Checklist strings={strings} flow={view.flow} steps={view.steps} current={view.current} />
          <Controls
            strings={strings}
            actions={actions}
            withTarget={false}
            inCourt={props.inCourt}
          />
        </section>
      )}
    </GuideCourt.Provider>
  );
}
