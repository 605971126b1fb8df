import { t } from '../platform/i18n';
import { startPractice } from './start-practice';
import { createPracticeStore, loadSession, saveSession } from './practice-store';
import './practice-page.css';
import './pages/ecf-site.css';
import './pages/pacer-site.css';

// The presenter speaks the filer's language; the look-alike pages (lang="en"
// in index.html) stay in the courts' English.
document.documentElement.lang = t('ui_language');
document.title = t('practice_title');
// `?court=cacb` (the popup passes the court of its tab) chooses the court to simulate.
const court = new URLSearchParams(window.location.search).get('court');
void loadSession(court).then((session) =>
  startPractice(window, createPracticeStore(session, saveSession)),
);
