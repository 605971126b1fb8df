import type { CourtStatus, ManualStatusName } from '../progress/court-status';

/** What the popup's views can ask for; the container carries it out and refreshes. */
export interface PopupActions {
  readonly track: (court: string) => void;
  /** The filer pressed Start: linking in the court is under way (the court's site opens in a tab). */
  readonly start: (court: string) => void;
  readonly untrack: (court: string) => void;
  readonly setByHand: (court: string, status: ManualStatusName) => void;
  readonly clearByHand: (court: string) => void;
  readonly reset: (court: string) => void;
  readonly importStatuses: (statuses: Readonly<Record<string, CourtStatus>>) => void;
  readonly discardSetAside: () => void;
  /** Turns the guide back on in a court where the filer turned it off. */
  readonly turnGuideOn: (court: string) => void;
  /** Opens the practice court in a tab, simulating `court` (the court of this tab) when given. */
  readonly openPractice: (court: string | null) => void;
}
