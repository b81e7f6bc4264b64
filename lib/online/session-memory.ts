import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { Remembered, SourceMemory } from './source-state';

const RememberedSchema = v.object({
  blockedUntil: v.record(v.string(), v.number()),
  lastSentAt: v.number(),
});

/**
 * A source's memory in the browser's session storage: it outlives the service worker (stopped
 * after half a minute idle) and goes when the browser closes. What is read back is checked;
 * anything else counts as nothing remembered.
 */
export function sessionSourceMemory(name: string): SourceMemory {
  const item = storage.defineItem<Remembered>(`session:onlineSource:${name}`);
  return {
    async load() {
      const parsed = v.safeParse(RememberedSchema, await item.getValue());
      return parsed.success ? parsed.output : null;
    },
    save: (value) => item.setValue(value),
  };
}
