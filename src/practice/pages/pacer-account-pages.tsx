// pacer.psc.uscourts.gov: Manage My Account with its PrimeFaces tabs (seed 003:
// "Click the Maintenance tab in the middle of the page"), and the
// E-File Registration/Maintenance History, where a request's status shows.
import { useState } from 'preact/hooks';
import type { PracticeAccount } from '../variants';
import type { LookAlikes, PageProps, Render } from './page-props';
import { MAINTENANCE, PSC } from './site-addresses';

export function PscHeader({ account }: { account: PracticeAccount }) {
  return (
    <>
      <section class="usa-banner" aria-label="Official website of the United States government">
        <p class="usa-banner__header-text">An official website of the United States government</p>
      </section>
      <div id="pscHeader" class="psc-header">
        <span class="pacer-logo" role="img" aria-label="PACER" />
        <span class="psc-user">Logged in as: {account.pacerUsername}</span>{' '}
        <a href="/pscof/logout.jsf" data-go="pacer-home">
          Logout
        </a>
      </div>
    </>
  );
}

type AccountTab = 'settings' | 'maintenance' | 'payments' | 'usage';

const TAB_LINKS: Readonly<Record<AccountTab, readonly [string, string?][]>> = {
  settings: [
    ['Change Username'],
    ['Change Password'],
    ['Update Security Information'],
    ['Set PACER Billing Preferences'],
    ['View All My Requests'],
  ],
  maintenance: [
    ['Update Personal Information'],
    ['Update Address Information'],
    ['Update E-Filer Email Noticing and Frequency'],
    ['Attorney Admissions / E-File Registration', 'attorney'],
    ['Non-Attorney Admissions / E-File Registration', 'non-attorney'],
    ['E-File Registration/Maintenance History', 'history'],
  ],
  payments: [['Make One-Time PACER Fee Payment'], ['Manage Recurring Payments']],
  usage: [['View Quarterly Invoice/Statement of Account'], ['View Detailed Transactions']],
};

const TAB_LABELS: readonly [AccountTab, string][] = [
  ['settings', 'Settings'],
  ['maintenance', 'Maintenance'],
  ['payments', 'Payments'],
  ['usage', 'Usage'],
];

function TabLink({ text, to }: { text: string; to: string | undefined }) {
  if (to === 'history') {
    return (
      <a href="/pscof/regmgmt/regHistory.jsf" data-go="registration-history">
        {text}
      </a>
    );
  }
  if (to === 'attorney' || to === 'non-attorney') {
    const page = to === 'attorney' ? 'attyRegistration' : 'nonAttyRegistration';
    return (
      <a href={`/pscof/regmgmt/${page}.jsf`} data-go="court-select" data-registration={to}>
        {text}
      </a>
    );
  }
  return <a href="#">{text}</a>;
}

/**
 * Manage My Account. All four panels are in the page, the unselected ones
 * hidden, as PrimeFaces renders them. Choosing Maintenance is a page of the
 * flow (the `maintenance` step); the other tabs switch in place.
 */
export function ManageAccountPage({ account, maintenance }: PageProps & { maintenance: boolean }) {
  const [other, setOther] = useState<AccountTab>('settings');
  const selected: AccountTab = maintenance ? 'maintenance' : other;
  return (
    <div class="pacer-site psc">
      <PscHeader account={account} />
      <form id="manageForm" name="manageForm">
        <h1 class="page-title">Manage My Account</h1>
        <table class="account-summary">
          <tbody>
            <tr>
              <th>Account Number</th>
              <td>5512093</td>
              <th>Username</th>
              <td>{account.pacerUsername}</td>
            </tr>
            <tr>
              <th>Account Type</th>
              <td>Upgraded PACER Account</td>
              <th>Name</th>
              <td>{account.pacerName}</td>
            </tr>
          </tbody>
        </table>
        <div class="ui-tabs">
          <ul class="ui-tabs-nav" role="tablist">
            {TAB_LABELS.map(([id, label]) => (
              <li
                key={id}
                role="tab"
                aria-selected={selected === id ? 'true' : 'false'}
                class={selected === id ? 'ui-tabs-header ui-state-active' : 'ui-tabs-header'}
              >
                <a
                  href={`#manageForm:tabView:${id}Tab`}
                  data-go={id === 'maintenance' ? 'maintenance' : 'manage-account'}
                  onClick={id === 'maintenance' ? undefined : () => setOther(id)}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
          {TAB_LABELS.map(([id]) => (
            <div
              key={id}
              role="tabpanel"
              aria-hidden={selected === id ? 'false' : 'true'}
              class={selected === id ? 'ui-tabs-panel' : 'ui-tabs-panel ui-helper-hidden'}
            >
              <ul class="link-list">
                {TAB_LINKS[id].map(([text, to]) => (
                  <li key={text}>
                    <TabLink text={text} to={to} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </form>
    </div>
  );
}

export function RegistrationHistoryPage({ court, account }: PageProps) {
  return (
    <div class="pacer-site psc">
      <PscHeader account={account} />
      <form id="histForm" name="histForm">
        <h1 class="page-title">E-File Registration/Maintenance History</h1>
        <p>
          Requests you submitted to NextGen courts are listed below. A request stays Pending until
          the court processes it.
        </p>
        <table class="ui-datatable" role="grid">
          <thead>
            <tr>
              <th scope="col">Court</th>
              <th scope="col">Request Type</th>
              <th scope="col">Date Submitted</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{court.pacerTitle}</td>
              <td>E-File Registration Only</td>
              <td>03/14/2026</td>
              <td>Pending</td>
            </tr>
          </tbody>
        </table>
        <p>
          <a href="/pscof/manage/maintenance.jsf" data-go="maintenance">
            Return to Manage My Account
          </a>
        </p>
      </form>
    </div>
  );
}

/** One component for both: PACER's account tabs switch in place, the page is not drawn anew. */
const AccountTabs: Render = (props) => (
  <ManageAccountPage {...props} maintenance={props.page === 'maintenance'} />
);

export const PACER_ACCOUNT_LOOK_ALIKES = {
  'manage-account': { render: AccountTabs, url: () => MAINTENANCE },
  maintenance: { render: AccountTabs, url: () => MAINTENANCE },
  'registration-history': {
    render: RegistrationHistoryPage,
    url: () => `${PSC}/regmgmt/regHistory.jsf`,
  },
} satisfies LookAlikes;
