import { Component, createRef } from 'preact';
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
    return `${STRINGS.stepOf(view.number, view.total)}: ${STRINGS.instruction(view.flow, view.step.id)}`;
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

type StepBubbleProps = GuideRootProps & { guide: StepGuide };

// A class rather than hooks: preact/hooks would be one more module on every court page.
class StepBubble extends Component<StepBubbleProps> {
  private readonly bubble = createRef<HTMLElement>();
  private readonly ring = createRef<HTMLDivElement>();
  private following: { target: Element; stop: () => void } | null = null;

  override componentDidMount(): void {
    this.follow();
  }

  override componentDidUpdate(): void {
    this.follow();
  }

  override componentWillUnmount(): void {
    this.following?.stop();
  }

  /** Starts following the target when it changes, and stops following the old one. */
  private follow(): void {
    const target = this.props.guide.target?.element ?? null;
    if (this.following?.target === target) return;
    this.following?.stop();
    this.following = null;
    if (!target) {
      // Docked again: drop the place beside the old target, which may be off-screen now.
      this.bubble.current?.style.removeProperty('left');
      this.bubble.current?.style.removeProperty('top');
      return;
    }
    if (!this.bubble.current || !this.ring.current) return;
    const stop = followTarget(target, this.bubble.current, this.ring.current, {
      reducedMotion: this.props.reducedMotion,
      focused: this.props.focusedOnPage,
    });
    this.following = { target, stop };
  }

  override render() {
    const { guide, actions } = this.props;
    const target = guide.target?.element ?? null;
    return (
      <>
        {target && <div class="ring" data-part="highlight" aria-hidden="true" ref={this.ring} />}
        <section
          ref={this.bubble}
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
            {this.props.training && <span class="badge">{STRINGS.training}</span>}
          </div>
          <StepContent
            guide={guide}
            courtType={this.props.courtType}
            gaveUpWaiting={this.props.gaveUpWaiting}
          />
          <Controls actions={actions} withTarget={target !== null} />
          <p class="shortcut">{STRINGS.shortcut}</p>
        </section>
      </>
    );
  }
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
