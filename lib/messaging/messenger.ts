import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** Typed send and receive over runtime messaging, for every context. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
