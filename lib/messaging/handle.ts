import * as v from 'valibot';
import { INBOUND, type InboundType, type ProtocolMap } from './protocol';
import { INBOUND_SCHEMAS } from './schemas';

/** The parts of runtime.MessageSender that the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; incognito?: boolean };
}

export type Handlers = {
  [K in InboundType]: (
    data: Parameters<ProtocolMap[K]>[0],
    sender: Sender,
  ) => Promise<ReturnType<ProtocolMap[K]>> | ReturnType<ProtocolMap[K]>;
};

/** Who we are: the extension's id and the origin of its pages. */
export interface Self {
  id: string;
  origin: string;
}

/** Thrown for a message that is refused: its text says why. */
export class MessageRejected extends Error {
  override name = 'MessageRejected';
}

/** Told of a message from a legitimate sender whose data failed validation, with why. */
export type OnInvalid = (type: InboundType, sender: Sender, reason: string) => Promise<void>;

/**
 * Handles one incoming message: checks that it comes from our own context of the right kind,
 * validates its data against the schema, then calls the handler. A bad message is rejected
 * with an error that says what is wrong; it never reaches a handler. `onInvalid` hears of data
 * refused from a legitimate sender (a page report, so that its tab can say why).
 */
export async function dispatchMessage<K extends InboundType>(
  type: K,
  data: unknown,
  sender: Sender,
  handlers: Handlers,
  self: Self,
  onInvalid?: OnInvalid,
): Promise<ReturnType<ProtocolMap[K]>> {
  const refusal = checkSender(type, sender, self);
  if (refusal) throw new MessageRejected(`${type}: ${refusal}`);
  const parsed = v.safeParse(INBOUND_SCHEMAS[type], data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') || 'data';
    const reason = `invalid ${where}: ${issue.message}`;
    await onInvalid?.(type, sender, reason).catch(() => {});
    throw new MessageRejected(`${type}: ${reason}`);
  }
  const handler = handlers[type] as (d: unknown, s: Sender) => Promise<ReturnType<ProtocolMap[K]>>;
  return handler(parsed.output, sender);
}

/** Why a sender may not send this message, or null when it may. */
export function checkSender(type: InboundType, sender: Sender, self: Self): string | null {
  if (sender.id !== self.id) return 'sender is not this extension';
  if (INBOUND[type] === 'ui') {
    return sender.url?.startsWith(self.origin) ? null : 'only extension pages may ask this';
  }
  if (sender.tab?.id === undefined) return 'only content scripts in a tab may send this';
  if (sender.frameId !== 0) return 'only the top frame may send this';
  if (sender.tab.incognito) return 'private windows are never recorded';
  return null;
}
