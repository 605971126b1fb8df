import { browser } from '../platform/browser';
import type { Envelope, MessageName, RequestOf, ResponseOf } from './protocol';
import { isFailureReply } from './protocol';

/**
 * Asks the background; a wrong request or response type fails to compile.
 * Rejects with the background's reason when it could not do what was asked.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope = { name, request } as Envelope;
  const reply: unknown = await browser.runtime.sendMessage(envelope);
  if (isFailureReply(reply)) throw new Error(reply.pacerLinkGuideError);
  return reply as ResponseOf<N>;
}
