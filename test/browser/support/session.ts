// One fixture server and one browser per test file; the simulated sites are
// set up afresh by each scenario.
import { afterAll, beforeAll, vi } from 'vitest';
import { ExtensionBrowser } from '../../../harness/browser/extension-browser';
import { FixtureServer } from '../../../harness/browser/fixture-server';
import { CourtSite, PacerSite, pacerLoginRoute, type CourtSiteConfig } from './simulated-sites';

/** Launching Chromium and walking a flow take seconds, not milliseconds. */
function useBrowserTimeouts(): void {
  vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
}

export class Session {
  private constructor(
    readonly server: FixtureServer,
    public browser: ExtensionBrowser,
  ) {}

  static async start(): Promise<Session> {
    const server = await FixtureServer.start();
    try {
      return new Session(server, await ExtensionBrowser.launch(server));
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  /** Serves fresh court sites (logged out, not linked) and PACER; returns them. */
  sites(...configs: CourtSiteConfig[]): {
    readonly courts: readonly CourtSite[];
    readonly pacer: PacerSite;
  } {
    this.server.resetRoutes();
    const courts = configs.map((config) => new CourtSite(config));
    const pacer = new PacerSite();
    this.server.route(pacer.route);
    for (const court of courts) this.server.route(court.route);
    this.server.route(pacerLoginRoute(courts, pacer));
    return { courts, pacer };
  }

  async restartBrowser(): Promise<void> {
    this.browser = await this.browser.restart();
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.close();
  }
}

/**
 * Starts a session before the file's tests and ends it after them. A failure
 * to start (no Chromium, no build) fails every test with its message, rather
 * than leaving them reported as skipped.
 */
export function useSession(): () => Session {
  useBrowserTimeouts();
  let session: Session | null = null;
  let failure: Error | null = null;
  beforeAll(async () => {
    try {
      session = await Session.start();
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (failure) throw failure;
    if (!session) throw new Error('The browser session has not started');
    return session;
  };
}
