import type { HelpDeskPhone } from '../flows/court-help-desks';

interface Props {
  readonly phones: readonly HelpDeskPhone[];
}

/**
 * A court's help-desk phones as the guide and the popup both show them:
 * "213-894-2365, 855-460-9641 (CALL CENTER)", each number a tel: link.
 * Numbers and divisions come from PACER's court lookup and are rendered as text.
 */
export function HelpDeskPhones({ phones }: Props) {
  return (
    <>
      {phones.map((phone, index) => (
        <span key={phone.number}>
          {index > 0 && ', '}
          <a href={phone.href}>{phone.number}</a>
          {phone.division && ` (${phone.division})`}
        </span>
      ))}
    </>
  );
}
