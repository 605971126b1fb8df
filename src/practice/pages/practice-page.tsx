// The look-alike page the session shows, in the practice page's own region
// (<main id="practice-page">), apart from the presenter's controls, so that
// recognition reads a page like the real one. It moves on as the site does:
// through its links and forms, never leaving the extension page.
//
// The look-alikes' words stay in English in every language, as on the real
// court and PACER sites they copy: recognition reads those words, and the guide
// names the sites' own labels in English too. Only the presenter is translated.
import { courtById } from '../../flows/court-registry';
import { isPageId, type PracticePageId, type Registration } from '../practice-pages';
import { loadKey, type PracticeSession } from '../practice-session';
import { accountFor } from '../variants';
import { LOOK_ALIKES } from './look-alikes';

export type Navigate = (page: PracticePageId, registration?: Registration) => void;

function destination(element: Element | null): PracticePageId | null {
  const to = element?.getAttribute('data-go');
  return isPageId(to) ? to : null;
}

function registrationOf(element: Element): Registration | undefined {
  const value = element.getAttribute('data-registration');
  return value === 'attorney' || value === 'non-attorney' ? value : undefined;
}

export function PracticePage({ session, go }: { session: PracticeSession; go: Navigate }) {
  const court = courtById(session.court);
  if (!court) return null;
  const Page = LOOK_ALIKES[session.page].render;

  // Every link stays in the practice: those that lead somewhere in the flows go there.
  const onClick = (event: MouseEvent) => {
    const control = (event.target as Element | null)?.closest('a, button[data-go]') ?? null;
    if (!control) return;
    event.preventDefault();
    const to = destination(control);
    if (to) go(to, registrationOf(control));
  };

  // A form is never sent: what was typed is cleared, and the page moves on.
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const to = destination(form);
    form.reset();
    if (to) go(to);
  };

  return (
    <div class="practice-site" key={loadKey(session)} onClick={onClick} onSubmit={onSubmit}>
      <Page
        page={session.page}
        court={court}
        account={accountFor(session.variant)}
        variant={session.variant}
        registration={session.registration}
      />
    </div>
  );
}
