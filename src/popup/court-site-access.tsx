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

/** `unknown` while checking, or when the browser cannot say: then the popup stays quiet. */
export type CourtSiteAccessState = 'unknown' | 'granted' | 'missing' | 'declined' | 'just-granted';

export interface CourtSiteAccess {
  readonly state: CourtSiteAccessState;
  /** Asks the browser; only ever from the filer's click. */
  readonly allow: () => void;
}

export function useCourtSiteAccess(): CourtSiteAccess {
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

export function CourtSiteAccessNotice({ access }: { readonly access: CourtSiteAccess }) {
  if (access.state === 'just-granted') {
    return (
      <p class="court-site-access" data-court-site-access="granted" role="status">
        Thank you: the guide can now run on the court sites. Reload any court page that is already
        open for it to appear there.
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
      <h2 id="court-site-access-heading">Allow the guide on the court sites</h2>
      <p>
        The guide works on your court’s CM/ECF site and on PACER’s login and account pages, all on
        uscourts.gov. Your browser has not allowed the extension there yet, so the guide cannot
        appear on those pages. It reads no other site, never reads your passwords and sends nothing
        anywhere.
      </p>
      {access.state === 'declined' && (
        <p role="alert">
          Not allowed yet. The guide stays off the court sites until you allow it here.
        </p>
      )}
      <button type="button" class="primary" data-action="allow-court-sites" onClick={access.allow}>
        Allow on uscourts.gov
      </button>
    </section>
  );
}
