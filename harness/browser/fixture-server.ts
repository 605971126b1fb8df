// The court sites, PACER's login and PACER's account pages, served from the
// saved pages under their real host names. Chromium resolves every
// *.uscourts.gov host to this server and no other host at all, so no request
// leaves the machine.
//
// It listens on port 443 because the content script's include_globs
// (`https://ecf.*.uscourts.gov/*`, …) do not match a URL with a port: on
// https://ecf.mnd.uscourts.gov:8443/ the guide never starts. Several test
// files may run at once, so each server takes its own loopback address
// (127.0.0.2, 127.0.0.3, …) rather than its own port.
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { makeCertificate, type Certificate } from './certificate';

export interface ServedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A page from a saved file, or made by the test (`html`), or a redirect. */
export type Reply =
  | (({ readonly file: string } | { readonly html: string }) & {
      /** Append the page scripts that are not served (see tab-widgets.ts). */
      readonly script?: string;
    })
  | { readonly redirect: string };

/** Answers a request, or returns null to let the next route try. */
export type Route = (request: ServedRequest) => Reply | null;

/** A request the server answered, and how. */
export interface ServerLogEntry extends ServedRequest {
  readonly status: number;
}

const FIRST_ADDRESS = 2;
const LAST_ADDRESS = 254;

/** The URL without its fragment, as the server sees it. */
/** Whether Chromium reaches `url` on this server: the court sites' https pages only (resolverRules). */
export function isServedHere(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && hostname.endsWith('.uscourts.gov');
}

export const pageKey = (url: string | URL): string => {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
};

export class FixtureServer {
  readonly log: ServerLogEntry[] = [];
  private routes: Route[] = [];

  /** Servers on other ports of the same address (alsoOnPort), closed with this one. */
  private readonly others: Server[] = [];

  private constructor(
    private readonly server: Server,
    /** The loopback address every *.uscourts.gov host resolves to. */
    readonly address: string,
    private readonly certificate: Certificate,
  ) {}

  static async start(): Promise<FixtureServer> {
    const certificate = makeCertificate();
    for (let last = FIRST_ADDRESS; last <= LAST_ADDRESS; last += 1) {
      const address = `127.0.0.${last}`;
      const server = createServer(certificate);
      const fixtures = new FixtureServer(server, address, certificate);
      server.on('request', (request: IncomingMessage, response: ServerResponse) => {
        fixtures.answer(request, response);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(443, address, () => resolve());
        });
        return fixtures;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') continue;
        if (code === 'EACCES') {
          throw new Error(
            'The fixture server must listen on port 443 (the content script does not run on URLs ' +
              'with a port) and may not here: run the tests as root, or let Node bind low ports ' +
              '(setcap cap_net_bind_service=+ep "$(command -v node)"), or lower ' +
              'net.ipv4.ip_unprivileged_port_start to 443.',
          );
        }
        throw error;
      }
    }
    throw new Error('No free loopback address for the fixture server on port 443.');
  }

  /** Chromium's --host-resolver-rules: the court hosts to this server, every other host nowhere. */
  get resolverRules(): string {
    return `MAP *.uscourts.gov ${this.address}, MAP * ~NOTFOUND`;
  }

  /** Adds a route; the latest added is tried first. Returns its removal. */
  route(route: Route): () => void {
    this.routes.unshift(route);
    return () => {
      this.routes = this.routes.filter((other) => other !== route);
    };
  }

  /** Serves `file` for GET `url` (compared without the fragment). */
  page(url: string, file: string, script?: string): () => void {
    return this.get(url, { file, script });
  }

  /** Serves `html`, made by the caller, for GET `url`. */
  pageOf(url: string, html: string, script?: string): () => void {
    return this.get(url, { html, script });
  }

  private get(url: string, reply: Reply): () => void {
    const key = pageKey(url);
    return this.route((request) =>
      request.method === 'GET' && pageKey(request.url) === key ? reply : null,
    );
  }

  resetRoutes(): void {
    this.routes = [];
  }

  /**
   * Answers on `port` too, from the same routes: for pages at a URL that names
   * a port (`https://ecf.mnd.uscourts.gov:8443/…`), where the guide must not run.
   */
  async alsoOnPort(port: number): Promise<void> {
    const server = createServer(this.certificate);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      this.answer(request, response);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.address, () => resolve());
    });
    this.others.push(server);
  }

  async close(): Promise<void> {
    await Promise.all(
      [this.server, ...this.others].map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const served: ServedRequest = {
        method: request.method ?? 'GET',
        url: new URL(request.url ?? '/', `https://${request.headers.host ?? 'unknown'}`),
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const status = this.reply(served, response);
      this.log.push({ ...served, status });
    });
  }

  private reply(request: ServedRequest, response: ServerResponse): number {
    let reply: Reply | null = null;
    try {
      for (const route of this.routes) {
        reply = route(request);
        if (reply) break;
      }
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      return 500;
    }
    if (!reply) {
      // Scripts, styles and images of the saved pages were not saved with them.
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not in the fixtures');
      return 404;
    }
    if ('redirect' in reply) {
      response.writeHead(303, { location: reply.redirect }).end();
      return 303;
    }
    let html = 'html' in reply ? reply.html : readFileSync(reply.file, 'utf8');
    if (reply.script) html += `\n<script>${reply.script}</script>\n`;
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(html);
    return 200;
  }
}
