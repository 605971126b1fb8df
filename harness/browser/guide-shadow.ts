// The guide's shadow root is closed, so neither a court page nor Playwright's
// selectors see into it. The tests reach it the way DevTools does, over the
// Chrome DevTools Protocol: DOM.describeNode with `pierce` names the closed
// root, and DOM.resolveNode hands it to a function run in a world of the
// test's own (Page.createIsolatedWorld), where the page's overwritten
// prototypes and globals cannot spoil the reading. Nothing here is open to a
// page's script: the protocol is the test's, not the page's.
//
// Presses go through the mouse (trusted input, as a person's), at the centre
// of the element the test names, after reading where it is.
import type { CDPSession, Page } from 'playwright-core';
import { HOST_SELECTOR } from '../../src/guide/guide-host';

export { HOST_SELECTOR };

const WORLD = 'pacer-link-guide-tests';

interface Connection {
  readonly session: CDPSession;
  /** The test's world in the page now shown; a navigation ends it. */
  context: number | null;
}

const connections = new WeakMap<Page, Promise<Connection>>();

function connect(page: Page): Promise<Connection> {
  let connection = connections.get(page);
  if (!connection) {
    connection = page
      .context()
      .newCDPSession(page)
      .then(async (session) => {
        await session.send('DOM.enable');
        return { session, context: null };
      });
    connections.set(page, connection);
  }
  return connection;
}

async function testWorld(connection: Connection): Promise<number> {
  if (connection.context !== null) return connection.context;
  const { frameTree } = await connection.session.send('Page.getFrameTree');
  const { executionContextId } = await connection.session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: WORLD,
  });
  connection.context = executionContextId;
  return executionContextId;
}

/** The remote object of the guide's host and of its closed root in the test's world, or null. */
async function findRoot(connection: Connection): Promise<{ host: string; root: string } | null> {
  const { session } = connection;
  const contextId = await testWorld(connection);
  const { result } = await session.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(HOST_SELECTOR)})`,
    contextId,
  });
  if (result.subtype === 'null' || !result.objectId) return null;
  const { node } = await session.send('DOM.describeNode', {
    objectId: result.objectId,
    depth: 1,
    pierce: true,
  });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await session.send('DOM.resolveNode', {
    backendNodeId: shadow.backendNodeId,
    executionContextId: contextId,
  });
  return object.objectId ? { host: result.objectId, root: object.objectId } : null;
}

/**
 * Runs `read(root, argument)` over the guide's closed shadow root in the
 * test's own world and returns what it returns (JSON values only), or null
 * when the page has no guide or is being replaced by the next one.
 */
export async function inGuideShadow<T, A = undefined>(
  page: Page,
  read: (root: ShadowRoot, argument: A) => T,
  argument?: A,
): Promise<T | null> {
  const connection = await connect(page);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const found = await findRoot(connection);
      if (!found) return null;
      const { result, exceptionDetails } = await connection.session.send('Runtime.callFunctionOn', {
        objectId: found.root,
        functionDeclaration: `function (argument) { return (${read.toString()})(this, argument); }`,
        arguments: [{ value: argument }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) {
        throw new Error(
          `Reading the guide failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
        );
      }
      return result.value as T;
    } catch (error) {
      // The world went with the page it was made in: make one in the new page and try again.
      if (error instanceof Error && /context|frame|node|target/i.test(error.message)) {
        connection.context = null;
        if (attempt === 0) continue;
        return null;
      }
      throw error;
    }
  }
  return null;
}

/** The text of the first element in the guide matching `selector`, or null. */
export function guideText(page: Page, selector: string): Promise<string | null> {
  return inGuideShadow(
    page,
    (root, wanted) => root.querySelector(wanted)?.textContent ?? null,
    selector,
  ).then((text) => text ?? null);
}

/** An attribute of the first element in the guide matching `selector`, or null. */
export function guideAttribute(page: Page, selector: string, name: string): Promise<string | null> {
  return inGuideShadow(
    page,
    (root, [wanted, attribute]) => root.querySelector(wanted)?.getAttribute(attribute) ?? null,
    [selector, name] as const,
  ).then((value) => value ?? null);
}

/** How many elements in the guide match `selector` (0 with no guide). */
export async function countInGuide(page: Page, selector: string): Promise<number> {
  return (
    (await inGuideShadow(page, (root, wanted) => root.querySelectorAll(wanted).length, selector)) ??
    0
  );
}

/** Clicks the guide's element matching `selector` with the mouse, as a person does. */
export async function pressInGuide(page: Page, selector: string): Promise<void> {
  const until = Date.now() + 5_000;
  for (;;) {
    const centre = await inGuideShadow(
      page,
      (root, wanted) => {
        const element = root.querySelector(wanted);
        if (!element) return null;
        const rect = element.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      selector,
    );
    if (centre) {
      await page.mouse.click(centre.x, centre.y);
      return;
    }
    if (Date.now() > until) throw new Error(`The guide on ${page.url()} has no ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The guide's remote host and root, for support code that runs more than one call (axe). */
export async function guideObjects(
  page: Page,
): Promise<{ session: CDPSession; contextId: number; host: string; root: string } | null> {
  const connection = await connect(page);
  const found = await findRoot(connection).catch(() => null);
  if (!found || connection.context === null) return null;
  return { session: connection.session, contextId: connection.context, ...found };
}
