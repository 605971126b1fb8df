// The presenter's controls and the pages' own links, bound to the store.
import type { TextSize } from '../progress/preferences';
import type { PracticePageId, Registration } from './practice-pages';
import type { PracticeStore } from './practice-store';
import {
  chooseCourt,
  chooseTextSize,
  chooseVariant,
  goBack,
  goNext,
  goTo,
  restart,
  showVariant,
} from './session-changes';
import type { VariantId } from './variants';

export interface PracticeActions {
  readonly goTo: (page: PracticePageId, registration?: Registration) => void;
  readonly next: () => void;
  readonly back: () => void;
  readonly restart: () => void;
  readonly chooseCourt: (court: string) => void;
  readonly chooseVariant: (variant: VariantId) => void;
  readonly showVariant: () => void;
  readonly chooseTextSize: (textSize: TextSize) => void;
}

export function createPracticeActions(store: PracticeStore): PracticeActions {
  return {
    goTo: (page, registration) => store.update((session) => goTo(session, page, registration)),
    next: () => store.update(goNext),
    back: () => store.update(goBack),
    restart: () => store.update(restart),
    chooseCourt: (court) => store.update((session) => chooseCourt(session, court)),
    chooseVariant: (variant) => store.update((session) => chooseVariant(session, variant)),
    showVariant: () => store.update(showVariant),
    chooseTextSize: (textSize) => store.update((session) => chooseTextSize(session, textSize)),
  };
}
