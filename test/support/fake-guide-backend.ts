import { vi } from 'vitest';
import type { GuideBackend } from '../../src/guide/guide-backend';
import type { CourtView, PageReport } from '../../src/messaging/protocol';
import type { CourtStatus } from '../../src/progress/court-status';
import type { Preferences } from '../../src/progress/preferences';

export interface FakeBackend extends GuideBackend {
  reportPage: GuideBackend['reportPage'];
  getPreferences: GuideBackend['getPreferences'];
  readonly reports: PageReport[];
  status: CourtStatus;
  /** The court is in "My courts" though not started (added from the popup). */
  tracked: boolean;
  guide: { collapsed: boolean; enabled: boolean };
  preferences: Preferences;
}

/** The background as the guide sees it: answers from plain fields, records what it was told. */
export function fakeGuideBackend(court = 'mnd'): FakeBackend {
  const view = (id: string): CourtView => ({
    court: id,
    tracked: backend.tracked || backend.status.status !== 'not-started',
    status: backend.status,
    guide: { ...backend.guide },
  });
  const backend: FakeBackend = {
    reports: [],
    status: { status: 'not-started', at: 0 },
    tracked: false,
    guide: { collapsed: false, enabled: true },
    preferences: { role: null, textSize: 'standard', guide: {} },
    reportPage: vi.fn((report: PageReport) => {
      backend.reports.push(report);
      return Promise.resolve(view(report.court ?? court));
    }),
    getCourtView: vi.fn((id: string) => Promise.resolve(view(id))),
    setGuidePreference: vi.fn((id: string, preference) => {
      Object.assign(backend.guide, preference);
      return Promise.resolve(view(id));
    }),
    restartCourt: vi.fn((id: string) => {
      backend.status = { status: 'not-started', at: 1 };
      return Promise.resolve(view(id));
    }),
    markNotNeeded: vi.fn((id: string) => {
      backend.status = {
        status: 'not-needed',
        at: 1,
        source: { kind: 'manual', detected: backend.status },
      } as CourtStatus;
      return Promise.resolve(view(id));
    }),
    getPreferences: vi.fn(() => Promise.resolve(backend.preferences)),
  };
  return backend;
}

export function inProgress(flow: 'court-link' | 'pacer-request', step: string): CourtStatus {
  return {
    status: 'in-progress',
    at: 1,
    flow,
    step,
    source: { kind: 'detected', step, evidence: 'step-seen' },
  } as CourtStatus;
}

/** A court as the background reports it to the guide: mnd, tracked, not started, guide on. */
export function courtView(fields: Partial<CourtView> = {}): CourtView {
  return {
    court: 'mnd',
    tracked: true,
    status: { status: 'not-started', at: 0 },
    guide: { collapsed: false, enabled: true },
    ...fields,
  };
}
