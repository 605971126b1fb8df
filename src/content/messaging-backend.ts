import type { GuideBackend } from '../guide/guide-backend';
import { sendMessage } from '../messaging/send-message';

/** The guide on a court page asks the background, the single writer. */
export const messagingBackend: GuideBackend = {
  reportPage: (report) => sendMessage('reportPage', report),
  getCourtView: (court) => sendMessage('getCourtView', { court }),
  setGuidePreference: (court, preference) =>
    sendMessage('setGuidePreference', { court, preference }),
  restartCourt: (court) => sendMessage('restartCourt', { court }),
  getPreferences: () => sendMessage('getPreferences', {}),
};
