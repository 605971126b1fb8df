import { Component, createContext } from 'preact';
import { helpDeskOf } from '../../flows/court-help-desks';
import type { Court } from '../../flows/types';
import type { GuideStrings } from './strings';

/** The court the guide is in, given once by GuideRoot: each place a filer gets stuck adds one line. */
export const GuideCourt = createContext<Pick<Court, 'id' | 'pacerTitle'> | null>(null);

interface Props {
  readonly strings: GuideStrings;
}

/**
 * The way out when stuck: "Call the <court> CM/ECF help desk: <phones>" and a
 * link to the court's CM/ECF page, from PACER's court lookup. Nothing when no
 * court is known, or the lookup gives it neither phone nor page. Data, not
 * markup: numbers and divisions are rendered as text.
 */
// A class with contextType rather than useContext: preact/hooks would be one more module in the overlay.
export class HelpDesk extends Component<Props> {
  static override contextType = GuideCourt;

  override render() {
    const { strings } = this.props;
    const court = this.context as Pick<Court, 'id' | 'pacerTitle'> | null;
    const desk = court ? helpDeskOf(court.id) : null;
    if (!court || !desk || (desk.phones.length === 0 && desk.page === null)) return null;
    return (
      <div class="help-desk" data-part="help-desk" data-court={court.id}>
        {desk.phones.length > 0 ? (
          <p>
            {strings.helpDeskCall(court.pacerTitle)}{' '}
            {desk.phones.map((phone, index) => (
              <span key={phone.number}>
                {index > 0 && ', '}
                <a href={phone.href}>{phone.number}</a>
                {phone.division && ` (${phone.division})`}
              </span>
            ))}
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
