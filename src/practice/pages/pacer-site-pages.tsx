// pacer.uscourts.gov: the home page with its tabs (seed 003: "Manage My Account
// Login" on the Manage Your Account tab in the middle of the page) and the page
// before the account login ("Log in to Manage My Account", the blue square).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { LookAlikes } from './page-props';

function UswdsHeader({ children }: { children?: ComponentChildren }) {
  return (
    <>
      <section class="usa-banner" aria-label="Official website of the United States government">
        <p class="usa-banner__header-text">An official website of the United States government</p>
      </section>
      <header class="usa-header">
        <span
          class="pacer-logo"
          role="img"
          aria-label="PACER: Public Access to Court Electronic Records"
        />
        <nav class="usa-nav" aria-label="Primary navigation">
          <a href="/find-case">Find a Case</a>
          <a href="/file-case">File a Case</a>
          <a href="/register-account">Register for an Account</a>
          <a href="/my-account-billing">My Account &amp; Billing</a>
          <a href="/help">Help</a>
        </nav>
        {children}
      </header>
    </>
  );
}

const HOME_TABS = [
  { id: 'find', label: 'Case Search' },
  { id: 'file', label: 'Electronic Filing' },
  { id: 'account', label: 'Manage Your Account' },
] as const;

type HomeTab = (typeof HOME_TABS)[number]['id'];

/** Opens on Case Search, as the real page does: the guide first points at the right tab. */
export function PacerHomePage() {
  const [tab, setTab] = useState<HomeTab>('find');
  return (
    <div class="pacer-site">
      <UswdsHeader />
      <main class="usa-layout">
        <h1>Public Access to Court Electronic Records</h1>
        <p class="usa-intro">
          PACER provides the public with instantaneous access to more than 1 billion documents filed
          at all federal courts.
        </p>
        <div class="tabs" role="tablist" aria-label="What would you like to do?">
          {HOME_TABS.map((entry) => (
            <button
              key={entry.id}
              type="button"
              role="tab"
              id={`tab-${entry.id}`}
              aria-selected={tab === entry.id ? 'true' : 'false'}
              aria-controls={`panel-${entry.id}`}
              class={tab === entry.id ? 'tabs__tab tabs__tab--active' : 'tabs__tab'}
              onClick={() => setTab(entry.id)}
            >
              {entry.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id="panel-find" aria-labelledby="tab-find" hidden={tab !== 'find'}>
          <Card title="PACER Case Locator" href="/pcl/index.jsf">
            Search for a case across all federal courts.
          </Card>
          <Card title="Court CM/ECF Lookup" href="/file-case/court-cmecf-lookup">
            Search a specific court&#39;s records.
          </Card>
        </div>
        <div role="tabpanel" id="panel-file" aria-labelledby="tab-file" hidden={tab !== 'file'}>
          <Card title="Get Ready for NextGen CM/ECF" href="/file-case/get-ready-nextgen-cmecf">
            Upgrade your PACER account and link it to your CM/ECF account.
          </Card>
        </div>
        <div
          role="tabpanel"
          id="panel-account"
          aria-labelledby="tab-account"
          hidden={tab !== 'account'}
        >
          <Card
            title="Manage My Account Login"
            href="/my-account-billing/manage-my-account"
            go="manage-login-gate"
          >
            Keep your account updated with your personal information such as address, password, and
            email notification preferences.
          </Card>
          <Card title="Pay Your Bill" href="/my-account-billing/billing">
            Review your quarterly activity or pay a bill.
          </Card>
        </div>
      </main>
    </div>
  );
}

function Card({
  title,
  href,
  go,
  children,
}: {
  title: string;
  href: string;
  go?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="usa-card">
      <h2 class="usa-card__heading">
        <a href={href} data-go={go}>
          {title}
        </a>
      </h2>
      <p>{children}</p>
    </div>
  );
}

export function ManageLoginGatePage() {
  return (
    <div class="pacer-site">
      <UswdsHeader />
      <main class="usa-layout">
        <nav class="usa-breadcrumb" aria-label="Breadcrumbs">
          <a href="/" data-go="pacer-home">
            Home
          </a>{' '}
          › <a href="/my-account-billing">My Account &amp; Billing</a> › Manage My Account
        </nav>
        <h1>Manage My Account</h1>
        <p class="usa-intro">
          Enter your PACER credentials to update personal information, register to file
          electronically with NextGen CM/ECF, make an online payment, or perform other account
          maintenance.
        </p>
        <p>
          <a class="usa-button usa-button--big" href="/csologin/login.jsf" data-go="pacer-login">
            Log in to Manage My Account
          </a>
        </p>
      </main>
    </div>
  );
}

export const PACER_SITE_LOOK_ALIKES = {
  'pacer-home': { render: PacerHomePage, url: () => 'https://pacer.uscourts.gov/' },
  'manage-login-gate': {
    render: ManageLoginGatePage,
    url: () => 'https://pacer.uscourts.gov/my-account-billing/manage-my-account',
  },
} satisfies LookAlikes;
