// The frame of PACER's registration wizard pages: the account header, the
// form with its title and court, and Back, Next (or Submit) and Cancel.
import type { ComponentChildren } from 'preact';
import type { PracticePageId } from '../practice-pages';
import { PscHeader } from './pacer-account-pages';
import type { PageProps } from './page-props';

export interface WizardProps extends PageProps {
  readonly back: PracticePageId;
  readonly next: PracticePageId;
  readonly nextLabel?: string;
  /** False on the first page, which has no court chosen yet. */
  readonly showCourt?: boolean;
  readonly children: ComponentChildren;
}

export function Wizard({
  account,
  court,
  registration,
  back,
  next,
  nextLabel,
  showCourt = true,
  children,
}: WizardProps) {
  return (
    <div class="pacer-site psc">
      <PscHeader account={account} />
      <form id="regForm" name="regForm" data-go={next}>
        <h1 class="page-title">
          {registration === 'attorney' ? 'Attorney' : 'Non-Attorney'} Admissions / E-File
          Registration
        </h1>
        {showCourt && (
          <div class="court-line">
            <span class="label">Court:</span> <span class="value">{court.pacerTitle}</span>
          </div>
        )}
        {children}
        <div class="button-row">
          <button type="button" class="ui-button" data-go={back}>
            Back
          </button>
          <button type="submit" class="ui-button primary">
            {nextLabel ?? 'Next'}
          </button>
          <button type="button" class="ui-button" data-go="maintenance">
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}

export function Panel({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="ui-panel">
      <div class="ui-panel-titlebar">
        <span class="ui-panel-title">{title}</span>
      </div>
      <div class="ui-panel-content">{children}</div>
    </div>
  );
}
