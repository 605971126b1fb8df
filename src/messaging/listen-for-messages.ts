// The receiving end of the protocol. A request is validated against its
// schema, and its sender against the message's allowed senders, before its
// handler sees it; every failure becomes a reply the sender can read: the
// sender's promise never hangs and the receiver never throws.

import * as v from 'valibot';
import type { Runtime } from '../platform/browser';
import { browser } from '../platform/browser';
import { describeIssues } from '../storage/status-schema';
import { StorageFullError } from '../storage/storage-full';
import { senderRefusal } from './check-sender';
import type { FailureKind, FailureReply, MessageName, RequestOf, ResponseOf } from './protocol';
import { REQUEST_SCHEMAS } from './request-schemas';

export type Sender = Runtime.MessageSender;

export type Handlers = {
  readonly [N in MessageName]: (request: RequestOf<N>, sender: Sender) => Promise<ResponseOf<N>>;
};

type AnyHandler = (request: unknown, sender: Sender) => Promise<unknown>;

/** Starts answering messages; returns the function that stops it. */
export function listenForMessages(handlers: Handlers): () => void {
  // The callback form (return true, answer later) rather than a returned
  // promise: Chrome through the polyfill and the in-memory test browser both understand it.
  const listener = (
    message: unknown,
    sender: Sender,
    sendResponse: (reply: unknown) => void,
  ): true => {
    void answer(handlers, message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The reply to one message: the handler's response, or a FailureReply. Never rejects. */
export async function answer(
  handlers: Handlers,
  message: unknown,
  sender: Sender,
): Promise<unknown> {
  const name = messageName(message, handlers);
  if (name === null) return failure('not a message of PACER Link Guide');
  const request = v.safeParse(REQUEST_SCHEMAS[name], (message as { request?: unknown }).request);
  if (!request.success) return failure(`${name}: ${describeIssues(request.issues)}`);
  const refusal = senderRefusal(name, request.output, sender);
  if (refusal !== null) {
    // A page or extension trying what it may not, or a bug in ours: worth seeing in the worker's console.
    console.warn(`PACER Link Guide: ${name} refused: ${refusal}`, sender);
    return failure(`${name} refused: ${refusal}`);
  }
  try {
    return await (handlers[name] as AnyHandler)(request.output, sender);
  } catch (error) {
    console.error(`PACER Link Guide: ${name} failed`, error);
    return failure(
      `${name} failed: ${error instanceof Error ? error.message : String(error)}`,
      error instanceof StorageFullError ? 'storage-full' : undefined,
    );
  }
}

function messageName(message: unknown, handlers: Handlers): MessageName | null {
  if (typeof message !== 'object' || message === null) return null;
  const { name } = message as { name?: unknown };
  return typeof name === 'string' && Object.hasOwn(handlers, name) ? (name as MessageName) : null;
}

function failure(reason: string, kind?: FailureKind): FailureReply {
  return kind ? { pacerLinkGuideError: reason, kind } : { pacerLinkGuideError: reason };
}
