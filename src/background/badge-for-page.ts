import { stepNumber } from '../flows/flows';
import type { CourtStatus } from '../progress/court-status';
import { flowOfPage } from '../progress/flow-of-page';
import type { PageReport } from '../messaging/protocol';
import type { Badge } from '../platform/badge';

const STEP_COLOR = '#1a4f8b';
const LINKED_COLOR = '#1e6b32';

/**
 * The toolbar badge for a tab showing `report`: a check mark once the court
 * is linked, the step number on a page of a flow, nothing elsewhere. `status`
 * is the court's status after the report (null: no court, or a training site,
 * where the real court's status says nothing about the practice).
 */
export function badgeForPage(report: PageReport, status: CourtStatus | null): Badge | null {
  if (status?.status === 'linked') return { text: '✓', color: LINKED_COLOR };
  if (report.step === null) return null;
  const flow = flowOfPage({ flow: report.flow, step: report.step }, status);
  const number = flow === null ? 0 : stepNumber(flow, report.step);
  return number > 0 ? { text: String(number), color: STEP_COLOR } : null;
}
