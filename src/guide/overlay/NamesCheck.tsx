import type { StepGuide } from '../guide-view';
import { STRINGS } from './strings';

/** The two names from the confirm page, side by side. Page text, rendered as text. */
export function NamesCheck({ names, namesMatch }: Pick<StepGuide, 'names' | 'namesMatch'>) {
  return (
    <section aria-label={STRINGS.namesTitle}>
      <dl class="names">
        <div>
          <dt>{STRINGS.cmecfName}</dt>
          <dd data-part="cmecf-name">{names?.cmecf ?? '—'}</dd>
        </div>
        <div>
          <dt>{STRINGS.pacerName}</dt>
          <dd data-part="pacer-name">{names?.pacer ?? '—'}</dd>
        </div>
      </dl>
      {namesMatch === true && (
        <p class="verdict match" data-part="names-verdict">
          ✓ {STRINGS.namesMatch}
        </p>
      )}
      {namesMatch === false && (
        <p class="verdict differ" role="alert" data-part="names-verdict">
          ✗ {STRINGS.namesDiffer}
        </p>
      )}
      {namesMatch === null && (
        <p class="verdict" data-part="names-verdict">
          {STRINGS.namesUnread}
        </p>
      )}
    </section>
  );
}
