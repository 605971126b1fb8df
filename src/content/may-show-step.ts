// Whether the page may show a step or the checklist, told from its URL alone,
// so that the gate can fetch the overlay alongside the guide rather than after
// it: each import from the extension takes some 20 ms, and in turn they were
// most of the time from DOMContentLoaded to the guide on a step's page.
// Dockets and reports, most of a filer's pages, are never a step: they fetch
// neither. Any other page may be one; when it proves not to be, the overlay
// was compiled after the page had loaded and the browser was idle, for nothing.
import { REPORT_URL } from '../flows/page-patterns';

export function mayShowStep(url: URL): boolean {
  return !REPORT_URL.test(url.pathname);
}
