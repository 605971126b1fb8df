import type { StepGuide } from '../guide-view';
import { HelpDesk } from './help-desk';
import type { GuideStrings } from './strings';

/** The two names from the confirm page, side by side. Page text, rendered as text. */
type Props = Pick<StepGuide, 'names' | 'namesMatch'> & { readonly strings: GuideStrings };

export function NamesCheck({ strings, names, namesMatch }: Props) {
  return (
    <section aria-label={strings.namesTitle}>
      <dl class="names">
        <div>
          <dt>{strings.cmecfName}</dt>
          <dd data-part="cmecf-name">{names?.cmecf ?? '—'}</dd>
        </div>
        <div>
          <dt>{strings.pacerName}</dt>
          <dd data-part="pacer-name">{names?.pacer ?? '—'}</dd>
        </div>
      </dl>
      {namesMatch === true && (
        <p class="verdict match" data-part="names-verdict">
          ✓ {strings.namesMatch}
        </p>
      )}
      {namesMatch === false && (
        <p class="verdict differ" role="alert" data-part="names-verdict">
          ✗ {strings.namesDiffer}
        </p>
      )}
      {namesMatch === false && <HelpDesk strings={strings} />}
      {namesMatch === null && (
        <p class="verdict" data-part="names-verdict">
          {strings.namesUnread}
        </p>
      )}
    </section>
  );
}
