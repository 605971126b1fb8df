// The court's CM/ECF site up to the linking utility: the public home page, the
// main page after login (PACER-only menus, or the filing menus once linked),
// Utilities, and the NextGen Release 1.1 Menu Items page. Wording from the seeds
// and the saved pages in test/fixtures.
import { EcfPage } from './ecf-chrome';
import { courtKind, districtOf, type LookAlikes, type PageProps } from './page-props';
import { ecfAt } from './site-addresses';

const LINK_UTILITY = 'Link a CM/ECF account to my PACER account';

export function EcfHomePage({ court }: PageProps) {
  return (
    <div class="ecf-site ecf-home">
      <div class="center">
        <div class="court-seal" aria-hidden="true" />
        <h3>
          United States {courtKind(court)} Court
          <br />
          {districtOf(court)}
        </h3>
        <table class="home-links">
          <tbody>
            <tr>
              <td class="big">
                <a href="/cgi-bin/login.pl" data-go="court-login">
                  Document Filing System
                </a>
              </td>
            </tr>
            <tr>
              <td>
                <a href="/cgi-bin/WrtOpRpt.pl">Written Opinions</a>
              </td>
            </tr>
            <tr>
              <td>
                <a href="/cgi-bin/CourtInfo.pl?location=main">Court Information</a>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <hr />
      <p>
        <b>Notice:</b> The {districtOf(court)} is live on NextGen CM/ECF. Filers who had a CM/ECF
        account here must link it to an upgraded individual PACER account before filing. Log in with
        your PACER username and password.
      </p>
      <hr />
      <div class="center release">NG 1.8</div>
    </div>
  );
}

/** The main page after login; `linked`: after F5 on the success page, with the filing menus. */
export function EcfMainPage({ court, linked }: PageProps & { linked: boolean }) {
  return (
    <EcfPage court={court} linked={linked}>
      <div class="center">
        <p class="system-title">Official Court Electronic Document Filing System</p>
        <p>
          <b>
            U.S. {courtKind(court)} Court
            <br />
            {districtOf(court)}
          </b>
        </p>
      </div>
      <p>
        <b>WARNING:</b> This is a restricted government web site for official court business only.
        Unauthorized entry is prohibited and subject to prosecution under Title 18 of the U.S. Code.
      </p>
      <p>
        <b>Last login:</b> 03/11/2026 09:14:52 from 192.0.2.44
      </p>
    </EcfPage>
  );
}

function MenuGroup({
  title,
  links,
}: {
  title: string;
  links: readonly [string, string, string?][];
}) {
  return (
    <>
      <b>{title}</b>
      <br />
      {links.map(([text, href, go]) => (
        <span key={href} class="menu-entry">
          <a href={href} data-go={go}>
            {text}
          </a>
          <br />
        </span>
      ))}
    </>
  );
}

/**
 * Utilities. Usually "Your Account" lists the linking utility; in some courts
 * only the NextGen Release 1.1 Menu Items page has it (seed 002, and the
 * "link missing under Utilities" variant).
 */
export function UtilitiesPage({ court, variant }: PageProps) {
  const releaseRoute = variant === 'release-route';
  const account: [string, string, string?][] = releaseRoute
    ? [
        ['Your PACER Account', '/cgi-bin/PacerAcct.pl'],
        ['View Your Transaction Log', '/cgi-bin/TransLog.pl'],
      ]
    : [
        ['Maintain Your ECF Account', '/cgi-bin/MaintainAccount.pl'],
        [LINK_UTILITY, '/cgi-bin/LinkAccount.pl', 'link-form'],
        ['View Your Transaction Log', '/cgi-bin/TransLog.pl'],
        ['Change Your PACER Client Code', '/cgi-bin/ChangeClientCode.pl'],
        ['Review Billing History', '/cgi-bin/BillHist.pl'],
      ];
  const mailings: [string, string][] =
    court.type === 'district'
      ? [['Mailing Info for a Case', '/cgi-bin/MailList.pl']]
      : [
          ['Creditor Mailing Matrix', '/cgi-bin/CredMatrix.pl'],
          ['Mailing Labels', '/cgi-bin/MailLabel.pl'],
        ];
  return (
    <EcfPage court={court}>
      <h2>Utilities</h2>
      {releaseRoute && (
        <p>
          <a href="/cgi-bin/DisplayMenu.pl?NextGenRelease1.1&id=-1" data-go="release-1-1-menu">
            NextGen Release 1.1 Menu Items
          </a>
        </p>
      )}
      <table class="menu-table">
        <tbody>
          <tr>
            <td>
              <MenuGroup title="Your Account" links={account} />
              <br />
              <MenuGroup
                title="Miscellaneous"
                links={[
                  ['Internet Payments Due', '/cgi-bin/PayDue.pl'],
                  ['Internet Payment History', '/cgi-bin/PayHist.pl'],
                  ['Court Information', '/cgi-bin/CourtInfo.pl'],
                ]}
              />
            </td>
            <td>
              <MenuGroup
                title="Legal Research"
                links={[['Legal Research', '/cgi-bin/LegalResearch.pl']]}
              />
              <br />
              <MenuGroup title="Mailings" links={mailings} />
            </td>
          </tr>
        </tbody>
      </table>
    </EcfPage>
  );
}

export function ReleaseMenuPage({ court }: PageProps) {
  return (
    <EcfPage court={court}>
      <h3>NextGen Release 1.1 Menu Items</h3>
      <ul class="plain-list">
        <li>
          <a href="/cgi-bin/LinkAccount.pl" data-go="link-form">
            {LINK_UTILITY}
          </a>
        </li>
        <li>
          <a href="/cgi-bin/FilingAgents.pl">Add/Modify Filing Agents</a>
        </li>
        <li>
          <a href="/cgi-bin/PacerAcct.pl">Your PACER Account</a>
        </li>
      </ul>
      <p>
        <a href="/cgi-bin/DisplayMenu.pl?Utilities&id=-1" data-go="utilities">
          Back to Utilities
        </a>
      </p>
    </EcfPage>
  );
}

export const ECF_MENU_LOOK_ALIKES = {
  'ecf-home': { render: EcfHomePage, url: ecfAt('/cgi-bin/ShowIndex.pl') },
  'ecf-main': {
    render: (props) => <EcfMainPage {...props} linked={false} />,
    url: ecfAt('/cgi-bin/login.pl'),
  },
  'ecf-main-linked': {
    render: (props) => <EcfMainPage {...props} linked />,
    url: ecfAt('/cgi-bin/login.pl'),
  },
  utilities: { render: UtilitiesPage, url: ecfAt('/cgi-bin/DisplayMenu.pl?Utilities') },
  'release-1-1-menu': {
    render: ReleaseMenuPage,
    url: ecfAt('/cgi-bin/DisplayMenu.pl?NextGenRelease1.1'),
  },
} satisfies LookAlikes;
