// PACER's registration wizard after the court is chosen (seed 003, steps 8–11)
// and the page after it is submitted: one address, one page after another.
import { PscHeader } from './pacer-account-pages';
import { Panel, Wizard } from './pacer-wizard-frame';
import type { LookAlikes, PageProps } from './page-props';
import { wizardAt } from './site-addresses';

function Radio({ id, label }: { id: string; label: string }) {
  return (
    <div class="usa-radio">
      <input id={id} type="radio" name="regForm:regType" />
      <label for={id}>{label}</label>
    </div>
  );
}

export function RegistrationTypePage(props: PageProps) {
  return (
    <Wizard {...props} back="court-select" next="registration-details">
      <fieldset class="usa-fieldset">
        <legend>What would you like to request? *</legend>
        {props.registration === 'attorney' && (
          <Radio id="regType-adm" label="Attorney Admissions and E-File Registration" />
        )}
        <Radio id="regType-efo" label="E-File Registration Only" />
        <Radio id="regType-phv" label="Pro Hac Vice" />
      </fieldset>
      <p class="usa-hint">
        Already an e-filer in this court before NextGen? Choose E-File Registration Only to link
        your existing CM/ECF account.
      </p>
    </Wizard>
  );
}

function Select({ id, label, options }: { id: string; label: string; options: string[] }) {
  return (
    <tr>
      <td>
        <label for={id}>{label}*</label>
      </td>
      <td>
        <select id={id} name={id}>
          {options.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </td>
    </tr>
  );
}

export function RegistrationDetailsPage(props: PageProps) {
  const { account } = props;
  return (
    <Wizard {...props} back="registration-type" next="payment">
      <Panel title="E-File Registration Only">
        <h2 class="section">Contact Information</h2>
        <table class="form-table">
          <tbody>
            <tr>
              <td class="label">Name</td>
              <td>{account.pacerName}</td>
            </tr>
            <tr>
              <td class="label">Email</td>
              <td>jattorney@example.com</td>
            </tr>
          </tbody>
        </table>
        {props.registration === 'attorney' && (
          <>
            <h2 class="section">Bar Information</h2>
            <p>Bar Status: Active · Bar ID: 48213</p>
          </>
        )}
        <h2 class="section">Notice of Electronic Filing (NEF)</h2>
        <table class="form-table">
          <tbody>
            <Select id="regForm:deliveryMethod" label="Delivery Method" options={['Email']} />
            <Select
              id="regForm:frequency"
              label="Frequency"
              options={['At the time of filing', 'Once per day (Daily Summary)']}
            />
            <Select id="regForm:format" label="Format" options={['HTML', 'Text']} />
          </tbody>
        </table>
        <h2 class="section">Acknowledgment</h2>
        <div class="chk-row">
          <input id="regForm:ackChk" type="checkbox" />
          <label for="regForm:ackChk">
            I acknowledge that I am submitting this registration to the court selected above and
            that the contact, bar and noticing information shown is correct.*
          </label>
        </div>
      </Panel>
    </Wizard>
  );
}

export function PaymentPage(props: PageProps) {
  return (
    <Wizard {...props} back="registration-details" next="terms">
      <Panel title="Payment Information">
        <p>
          Confirm or add the payment information to be used for fees charged by this court, such as
          filing fees. You may store up to three payment methods.
        </p>
        <table class="ui-datatable">
          <thead>
            <tr>
              <th>Default</th>
              <th>Type</th>
              <th>Card/Account</th>
              <th>Expires</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <input type="radio" name="regForm:payDefault" checked aria-label="Default" />
              </td>
              <td>VISA</td>
              <td>XXXX-XXXX-XXXX-4242</td>
              <td>08/2028</td>
            </tr>
          </tbody>
        </table>
        <p>
          <a href="#">Add Credit Card</a> | <a href="#">Add Bank Account (ACH)</a>
        </p>
      </Panel>
    </Wizard>
  );
}

export function TermsPage(props: PageProps) {
  return (
    <Wizard {...props} back="payment" next="request-submitted" nextLabel="Submit">
      <Panel title="Terms and Conditions">
        <div class="terms-text">
          <p>
            1. Registration as an e-filer constitutes consent to electronic service of all documents
            as provided in the Federal Rules and the court&#39;s local rules.
          </p>
          <p>
            2. Use of your login and password constitutes your signature for all purposes authorized
            by the rules of this court.
          </p>
        </div>
        <div class="chk-row">
          <input id="regForm:termsChk" type="checkbox" />
          <label for="regForm:termsChk">
            I have read and agree to abide by the E-Filing Terms and Conditions.*
          </label>
        </div>
        <div class="chk-row">
          <input id="regForm:localChk" type="checkbox" />
          <label for="regForm:localChk">
            I have read and understand the court&#39;s local requirements for e-filing.*
          </label>
        </div>
      </Panel>
    </Wizard>
  );
}

export function RequestSubmittedPage({ court, account, registration }: PageProps) {
  return (
    <div class="pacer-site psc">
      <PscHeader account={account} />
      <form id="regForm" name="regForm">
        <h1 class="page-title">
          {registration === 'attorney' ? 'Attorney' : 'Non-Attorney'} Admissions / E-File
          Registration
        </h1>
        <div class="court-line">
          <span class="label">Court:</span> <span class="value">{court.pacerTitle}</span>
        </div>
        <p class="ui-messages-info" role="status">
          Your request has been submitted.
        </p>
        <Panel title="Request Submitted">
          <p>
            The court will review and process your request. You will receive a confirmation email
            from CM/ECF once your request has been processed. If you did not have a CM/ECF account
            in this court, one will be created for you.
          </p>
          <p>
            You can check the status of your request at any time by selecting{' '}
            <a href="/pscof/regmgmt/regHistory.jsf" data-go="registration-history">
              E-File Registration/Maintenance History
            </a>{' '}
            on the Maintenance tab of Manage My Account.
          </p>
        </Panel>
        <p>
          <a href="/pscof/manage/maintenance.jsf" class="ui-button" data-go="manage-account">
            Return to Manage My Account
          </a>
        </p>
      </form>
    </div>
  );
}

export const PACER_WIZARD_LOOK_ALIKES = {
  'registration-type': { render: RegistrationTypePage, url: wizardAt },
  'registration-details': { render: RegistrationDetailsPage, url: wizardAt },
  payment: { render: PaymentPage, url: wizardAt },
  terms: { render: TermsPage, url: wizardAt },
  'request-submitted': { render: RequestSubmittedPage, url: wizardAt },
} satisfies LookAlikes;
