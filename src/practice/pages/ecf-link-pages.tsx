// The linking utility itself: the form for the old CM/ECF login, the page
// that shows the two names, and the success page (seeds 000–004, the saved
// pages in test/fixtures/authored). The forms are never sent: their fields
// are emptied when the page moves on.
import { EcfPage } from './ecf-chrome';
import type { LookAlikes, PageProps } from './page-props';
import { ecfAt } from './site-addresses';

const TITLE = 'Link a CM/ECF account to my PACER account';

export function LinkFormPage({ court }: PageProps) {
  return (
    <EcfPage court={court}>
      <form name="GetPass" data-go="link-confirm">
        <h3>{TITLE}</h3>
        <p>This utility links your PACER account with your e-filer account in this court.</p>
        <p>If you use CM/ECF for PACER only, no action is necessary.</p>
        <p>
          If you had a CM/ECF e-filing account in this court before the court converted to NextGen
          CM/ECF, enter your old CM/ECF login and password below and press Submit. You will be
          prompted to confirm that you want to link your PACER account to your old CM/ECF e-filing
          account. Press Submit to link the accounts (or go back if the names don&#39;t match).
        </p>
        <table class="form-table">
          <tbody>
            <tr>
              <td class="label">CM/ECF login:</td>
              <td>
                <input type="text" name="login" size={20} maxLength={32} autocomplete="off" />
              </td>
            </tr>
            <tr>
              <td class="label">CM/ECF password:</td>
              <td>
                <input type="password" name="key" size={20} maxLength={128} autocomplete="off" />
              </td>
            </tr>
          </tbody>
        </table>
        <p>
          <input type="submit" name="button1" value="Submit" /> <input type="reset" value="Clear" />
        </p>
        <p>
          <a href="/cgi-bin/ForgotPassword.pl">Forgot login/password</a>
        </p>
        <p>
          <a href="/cgi-bin/UpgradedAccount.pl">More about Upgraded PACER account</a>
        </p>
      </form>
    </EcfPage>
  );
}

export function LinkConfirmPage({ court, account }: PageProps) {
  return (
    <EcfPage court={court}>
      <form name="GetPass" data-go="link-done">
        <h3>{TITLE}</h3>
        <p>
          <b>Do you want to link these accounts?</b>
        </p>
        <table class="names">
          <tbody>
            <tr>
              <td>
                <b>CMECF</b>
              </td>
              <td>{account.cmecfName}</td>
            </tr>
            <tr>
              <td>
                <b>PACER</b>
              </td>
              <td>{account.pacerName}</td>
            </tr>
          </tbody>
        </table>
        <p>
          After you submit this screen, your old e-filing credentials for the CM/ECF account will be
          permanently linked to your upgraded PACER account. Use your upgraded PACER account to
          e-file in this court.
        </p>
        <p>
          <input type="submit" name="button1" value="Submit" /> <input type="reset" value="Clear" />
        </p>
      </form>
    </EcfPage>
  );
}

/** Before F5 the menu bar still has the PACER items only: the page was built before the link. */
export function LinkDonePage({ court }: PageProps) {
  return (
    <EcfPage court={court}>
      <h3>{TITLE}</h3>
      <p>
        <b>You have successfully linked your account.</b>
      </p>
      <p>
        You will now use only your PACER account to access both PACER and CM/ECF for this court.
      </p>
      <p>
        Press <b>F5</b> to refresh the screen and view the Civil and Criminal menu items for filing
        in district courts or the Bankruptcy and Adversary menu items for filing in bankruptcy
        courts.
      </p>
    </EcfPage>
  );
}

export const ECF_LINK_LOOK_ALIKES = {
  'link-form': { render: LinkFormPage, url: ecfAt('/cgi-bin/LinkAccount.pl') },
  'link-confirm': {
    render: LinkConfirmPage,
    url: ecfAt('/cgi-bin/LinkAccount.pl?981245318722-L_1_0-1'),
  },
  'link-done': { render: LinkDonePage, url: ecfAt('/cgi-bin/LinkAccount.pl?981245318722-L_2_0-1') },
} satisfies LookAlikes;
