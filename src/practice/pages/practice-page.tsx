// The look-alike page the session shows, in the practice page's own region
// (<main id="practice-page">), apart from the presenter's controls, so that
// recognition reads a page like the real one. It moves on as the site does:
// through its links and forms, never leaving the extension page.
//
// The look-alikes' words stay in English in every language, as on the real
// court and PACER sites they copy: recognition reads those words, and the guide
// names the sites' own labels in English too. Only the presenter is translated.
import type { JSX } from 'preact';
import { courtById } from '../../flows/court-registry';
import { isPageId, type PracticePageId, type Registration } from '../practice-pages';
import { loadKey, type PracticeSession } from '../practice-session';
import { accountFor } from '../variants';
import { LinkConfirmPage, LinkDonePage, LinkFormPage } from './ecf-link-pages';
import { EcfHomePage, EcfMainPage, ReleaseMenuPage, UtilitiesPage } from './ecf-menu-pages';
import { ManageAccountPage, RegistrationHistoryPage } from './pacer-account-pages';
import { PacerLoginPage } from './pacer-login-page';
import { ManageLoginGatePage, PacerHomePage } from './pacer-site-pages';
import { CourtSelectPage } from './pacer-court-select-page';
import {
  PaymentPage,
  RegistrationDetailsPage,
  RegistrationTypePage,
  RequestSubmittedPage,
  TermsPage,
} from './pacer-wizard-pages';
import type { PageProps } from './page-props';

type Render = (props: PageProps & { readonly page: PracticePageId }) => JSX.Element;

/** One component for both: PACER's account tabs switch in place, the page is not drawn anew. */
const AccountTabs: Render = (props) => (
  <ManageAccountPage {...props} maintenance={props.page === 'maintenance'} />
);

const RENDER: Readonly<Record<PracticePageId, Render>> = {
  'ecf-home': EcfHomePage,
  'court-login': (props) => <PacerLoginPage {...props} next="ecf-main" cancel="ecf-home" />,
  'ecf-main': (props) => <EcfMainPage {...props} linked={false} />,
  utilities: UtilitiesPage,
  'release-1-1-menu': ReleaseMenuPage,
  'link-form': LinkFormPage,
  'link-confirm': LinkConfirmPage,
  'link-done': LinkDonePage,
  'ecf-main-linked': (props) => <EcfMainPage {...props} linked />,
  'pacer-home': PacerHomePage,
  'manage-login-gate': ManageLoginGatePage,
  'pacer-login': (props) => (
    <PacerLoginPage {...props} next="manage-account" cancel="manage-login-gate" />
  ),
  'manage-account': AccountTabs,
  maintenance: AccountTabs,
  'court-select': CourtSelectPage,
  'registration-type': RegistrationTypePage,
  'registration-details': RegistrationDetailsPage,
  payment: PaymentPage,
  terms: TermsPage,
  'request-submitted': RequestSubmittedPage,
  'registration-history': RegistrationHistoryPage,
};

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
  const Page = RENDER[session.page];

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
