import type { GuideBackend } from '../guide/guide-backend';
import { sendMessage } from '../messaging/send-message';
import { storedGuideSettings } from './stored-preferences';

/** The guide on a court page asks the background, the single writer; its own two settings it reads itself. */
export const messagingBackend: GuideBackend = {
  reportPage: (report) => sendMessage('reportPage', report),
  getCourtView: (court) => sendMessage('getCourtView', { court }),
  setGuidePreference: (court, preference) =>
    sendMessage('setGuidePreference', { court, preference }),
  restartCourt: (court) => sendMessage('restartCourt', { court }),
  markNotNeeded: (court) => sendMessage('markNotNeeded', { court }),
  getPreferences: () => guideSettings(),
};

async function guideSettings(early?: Promise<Record<string, unknown>>) {
  return (await storedGuideSettings(early).catch(() => null)) ?? sendMessage('getPreferences', {});
}

/**
 * The same backend, whose first read of the settings is the one the gate
 * began as the page loaded; later reads (a guide run again) read afresh.
 */
export function messagingBackendWith(early: Promise<Record<string, unknown>>): GuideBackend {
  let first: typeof early | undefined = early;
  return {
    ...messagingBackend,
    getPreferences: () => {
      const stored = first;
      first = undefined;
      return guideSettings(stored);
    },
  };
}
