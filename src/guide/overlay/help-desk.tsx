import { Component, createContext } from 'preact';
import type { Court } from '../../flows/types';
import { HelpDeskPhones } from '../../ui/help-desk-phones';
import type { HelpDesksModule } from '../help-desks-file';
import type { GuideStrings } from './strings';

/**
 * The help desks' lookup, which the overlay does not carry: the guide loads
 * it the first time a help desk is drawn (guide-machine.ts, helpDesksWanted),
 * and draws again once it is here.
 */
export interface HelpDesksOnDemand {
  /** Null while loading, and for good when it could not be loaded (the extension was updated). */
  readonly lookup: HelpDesksModule['helpDeskOf'] | null;
  /** Starts loading it; only the first call on a page does anything. */
  readonly ask: () => void;
}

interface GuideCourtValue {
  readonly court: Pick<Court, 'id' | 'pacerTitle'> | null;
  readonly helpDesks: HelpDesksOnDemand;
}

/** The court the guide is in, given once by GuideRoot: each place a filer gets stuck adds one line. */
export const GuideCourt = createContext<GuideCourtValue | null>(null);

interface Props {
  readonly strings: GuideStrings;
}

/**
 * The way out when stuck: "Call the <court> CM/ECF help desk: <phones>" and a
 * link to the court's CM/ECF page, from PACER's court lookup. Nothing when no
 * court is known, or the lookup gives it neither phone nor page, or until the
 * lookup is loaded (never, if it cannot be). Data, not markup: numbers and
 * divisions are rendered as text.
 */
// A class with contextType rather than useContext: preact/hooks would be one more module in the overlay.
export class HelpDesk extends Component<Props> {
  static override contextType = GuideCourt;

  private get guideCourt(): GuideCourtValue | null {
    return this.context as GuideCourtValue | null;
  }

  override componentDidMount(): void {
    this.askForLookup();
  }

  override componentDidUpdate(): void {
    this.askForLookup();
  }

  /** Only a help desk actually drawn, for a known court, loads the lookup. */
  private askForLookup(): void {
    const value = this.guideCourt;
    if (value?.court && !value.helpDesks.lookup) value.helpDesks.ask();
  }

  override render() {
    const { strings } = this.props;
    const court = this.guideCourt?.court ?? null;
    const lookup = this.guideCourt?.helpDesks.lookup ?? null;
    const desk = court && lookup ? lookup(court.id) : null;
    if (!court || !desk || (desk.phones.length === 0 && desk.page === null)) return null;
    return (
      <div class="help-desk" data-part="help-desk" data-court={court.id}>
        {desk.phones.length > 0 ? (
          <p>
            {strings.helpDeskCall(court.pacerTitle)} <HelpDeskPhones phones={desk.phones} />
          </p>
        ) : (
          <p>{strings.helpDeskNoPhone(court.pacerTitle)}</p>
        )}
        {desk.page && (
          <p>
            <a href={desk.page} target="_blank" rel="noopener noreferrer">
              {strings.helpDeskPage}
            </a>
          </p>
        )}
      </div>
    );
  }
}
