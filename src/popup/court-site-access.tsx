// The court sites withheld: without them the guide never appears on the
// court's pages, and nothing else would tell the filer why. Shown only then
// (Firefox may install the extension without them; any browser lets the filer
// withdraw them later).
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  hasCourtSiteAccess,
  onSiteAccessChanged,
  requestCourtSiteAccess,
} from '../platform/host-access';
import { t } from '../platform/i18n';

/** `unknown` while checking, or when the browser cannot say: then the popup stays quiet. */
type CourtSiteAccessState = 'unknown' | 'granted' | 'missing' | 'declined' | 'just-granted';

interface CourtSiteAccess {
  readonly state: CourtSiteAccessState;
  /** Asks the browser; only ever from the filer's click. */
  readonly allow: () => void;
}

function useCourtSiteAccess(): CourtSiteAccess {
  const [state, setState] = useState<CourtSiteAccessState>('unknown');

  const check = useCallback((): void => {
    hasCourtSiteAccess().then(
      (granted) =>
        setState((shown) =>
          granted
            ? shown === 'just-granted'
              ? shown
              : 'granted'
            : shown === 'declined'
              ? shown
              : 'missing',
        ),
      () => setState('unknown'),
    );
  }, []);

  useEffect(() => {
    check();
    try {
      // Access can change while the popup is open (about:addons, the site menu).
      return onSiteAccessChanged(check);
    } catch {
      return undefined; // No permission events to watch: the check above stands.
    }
  }, [check]);

  const allow = useCallback((): void => {
    // Called synchronously from the click: the browser honours no other request.
    requestCourtSiteAccess().then(
      (granted) => setState(granted ? 'just-granted' : 'declined'),
      () => setState('declined'),
    );
  }, []);

  return { state, allow };
}

/** Owns its state: the answer comes after the courts are drawn and redraws this notice alone. */
export function CourtSiteAccessNotice() {
  const access = useCourtSiteAccess();
  if (access.state === 'just-granted') {
    return (
      <p class="court-site-access" data-court-site-access="granted" role="status">
        {t('popup_site_access_granted')}
      </p>
    );
  }
  if (access.state !== 'missing' && access.state !== 'declined') return null;
  return (
    <section
      class="court-site-access"
      data-court-site-access={access.state}
      aria-labelledby="court-site-access-heading"
    >
      <h2 id="court-site-access-heading">{t('popup_site_access_heading')}</h2>
      <p>{t('popup_site_access_body')}</p>
      {access.state === 'declined' && <p role="alert">{t('popup_site_access_declined')}</p>}
      <button type="button" class="primary" data-action="allow-court-sites" onClick={access.allow}>
        {t('popup_site_access_allow')}
      </button>
    </section>
  );
}
