// PACER's central login (pacer.login.uscourts.gov), the same page in both
// flows: from a court's Document Filing System link, and from PACER's
// "Log in to Manage My Account". Field ids as on the real page.
import { useEffect, useRef } from 'preact/hooks';
import type { PracticePageId } from '../practice-pages';
import type { LookAlikes, PageProps } from './page-props';
import { ecfAt, loginTo, MAINTENANCE } from './site-addresses';

/** Longer than the guide's 200 ms wait for the page to settle, so it listens when typing starts. */
const TYPING_DELAY_MS = 600;
const KEYSTROKE_MS = 90;

/**
 * Types `text` into the field one character at a time, each with the input
 * event a keyboard gives, so the guide reacts as to a filer typing (the legacy
 * username variant). An empty text sends one event and leaves the field as it
 * is: the guide forgets a username typed on a page shown before.
 */
function typeInto(field: HTMLInputElement, text: string): () => void {
  const timers: ReturnType<typeof setTimeout>[] = [];
  const steps = Math.max(text.length, 1);
  for (let typed = 1; typed <= steps; typed += 1) {
    timers.push(
      setTimeout(
        () => {
          if (text) field.value = text.slice(0, typed);
          field.dispatchEvent(new Event('input', { bubbles: true }));
        },
        TYPING_DELAY_MS + (typed - 1) * KEYSTROKE_MS,
      ),
    );
  }
  return () => timers.forEach(clearTimeout);
}

export function PacerLoginPage({
  account,
  next,
  cancel,
}: PageProps & { next: PracticePageId; cancel: PracticePageId }) {
  const username = useRef<HTMLInputElement>(null);
  useEffect(
    () => (username.current ? typeInto(username.current, account.typedUsername) : undefined),
    [account.typedUsername],
  );

  return (
    <div class="pacer-login-site">
      <div id="header" class="pacer-banner">
        <span
          class="pacer-logo"
          role="img"
          aria-label="PACER - Public Access to Court Electronic Records"
        />
      </div>
      <form id="loginForm" name="loginForm" data-go={next}>
        <div class="ui-panel">
          <div class="ui-panel-titlebar">
            <span class="ui-panel-title">Login</span>
          </div>
          <div class="ui-panel-content">
            <div id="loginForm:cookieMsg" class="cookie-message">
              Your browser must be set to accept cookies in order to log in to this site. If your
              browser is set to accept cookies and you are experiencing problems with the login,
              delete the stored cookie file in your PC. Close and reopen your browser before trying
              again.
            </div>
            <span class="required-info">* Required Information</span>
            <table class="login-table">
              <tbody>
                <tr>
                  <td>
                    <label for="loginForm:loginName">
                      Username<span class="rfi">*</span>
                    </label>
                  </td>
                  <td>
                    <input
                      ref={username}
                      id="loginForm:loginName"
                      name="loginForm:loginName"
                      type="text"
                      maxLength={40}
                      size={20}
                      autocomplete="off"
                      aria-required="true"
                    />
                  </td>
                </tr>
                <tr>
                  <td>
                    <label for="loginForm:password">
                      Password<span class="rfi">*</span>
                    </label>
                  </td>
                  <td>
                    <input
                      id="loginForm:password"
                      name="loginForm:password"
                      type="password"
                      maxLength={45}
                      size={20}
                      autocomplete="off"
                      aria-required="true"
                    />
                  </td>
                </tr>
                <tr>
                  <td>
                    <label for="loginForm:clientCode">Client Code</label>
                  </td>
                  <td>
                    <input
                      id="loginForm:clientCode"
                      name="loginForm:clientCode"
                      type="text"
                      maxLength={32}
                      size={20}
                      autocomplete="off"
                    />
                  </td>
                </tr>
              </tbody>
            </table>
            <div class="button-row">
              <button id="loginForm:fbtnLogin" type="submit" class="ui-button">
                Login
              </button>
              <button id="loginForm:fbtnClear" type="reset" class="ui-button">
                Clear
              </button>
              <button id="loginForm:fbtnCancel" type="button" class="ui-button" data-go={cancel}>
                Cancel
              </button>
            </div>
            <div class="login-links">
              <a href="/pscof/registration.jsf">Need an Account?</a> |{' '}
              <a href="/pscof/forgotPassword.jsf">Forgot Your Password?</a> |{' '}
              <a href="/pscof/forgotUsername.jsf">Forgot User Name?</a>
            </div>
            <p class="notice">
              <b>NOTICE:</b> This is a restricted government web site for official PACER use only.
              Unauthorized entry is prohibited and subject to prosecution under Title 18 of the U.S.
              Code. All activities and access attempts are logged.
            </p>
          </div>
        </div>
      </form>
    </div>
  );
}

export const PACER_LOGIN_LOOK_ALIKES = {
  'court-login': {
    render: (props) => <PacerLoginPage {...props} next="ecf-main" cancel="ecf-home" />,
    url: (court) => loginTo(ecfAt('/cgi-bin/login.pl')(court), court),
  },
  'pacer-login': {
    render: (props) => (
      <PacerLoginPage {...props} next="manage-account" cancel="manage-login-gate" />
    ),
    url: () => loginTo(MAINTENANCE),
  },
} satisfies LookAlikes;
