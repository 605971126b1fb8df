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
  getPreferences: async () =>
    (await storedGuideSettings().catch(() => null)) ?? sendMessage('getPreferences', {}),
};
