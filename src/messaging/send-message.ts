import { browser } from '../platform/browser';
import type { Envelope, FailureKind, MessageName, RequestOf, ResponseOf } from './protocol';
import { isFailureReply } from './protocol';

/** The background could not do what was asked; `kind` says why when the filer must be told. */
export class MessageFailed extends Error {
  constructor(
    reason: string,
    readonly kind: FailureKind | null,
  ) {
    super(reason);
    this.name = 'MessageFailed';
  }
}

/**
 * Asks the background; a wrong request or response type fails to compile.
 * Rejects with a MessageFailed, carrying the background's reason, when it
 * could not do what was asked.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope = { name, request } as Envelope;
  const reply: unknown = await browser.runtime.sendMessage(envelope);
  if (isFailureReply(reply)) {
    throw new MessageFailed(
      reply.pacerLinkGuideError,
      reply.kind === 'storage-full' ? 'storage-full' : null,
    );
  }
  return reply as ResponseOf<N>;
}
