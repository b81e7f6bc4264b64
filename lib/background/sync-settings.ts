import * as v from 'valibot';
import {
  excludedSites,
  highlightsEnabled,
  historyRetentionDays,
  outsideCoverageEnabled,
  wikipediaBackground,
} from '../settings';

// Recording (paused or not) stays per device: pausing on one computer pauses only there.
const SYNCED = {
  excludedSites: {
    item: excludedSites,
    schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(10_000)),
  },
  historyRetentionDays: {
    item: historyRetentionDays,
    schema: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(36_500)),
  },
  highlightsEnabled: { item: highlightsEnabled, schema: v.boolean() },
  wikipediaBackground: { item: wikipediaBackground, schema: v.boolean() },
  outsideCoverageEnabled: { item: outsideCoverageEnabled, schema: v.boolean() },
} as const;

type Name = keyof typeof SYNCED;
const names = Object.keys(SYNCED) as Name[];

/** The settings that sync, as they are on this device. */
export async function readSyncedSettings(): Promise<Record<string, unknown>> {
  const values = await Promise.all(names.map((n) => SYNCED[n].item.getValue()));
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}

/** Their defaults. */
export function defaultSyncedSettings(): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, SYNCED[n].item.fallback]));
}

/**
 * Applies settings that came from another device: each known one that is valid (another
 * version's unknown or malformed values are ignored, never stored).
 */
export async function applySyncedSettings(values: Record<string, unknown>): Promise<void> {
  for (const n of names) {
    const parsed = v.safeParse(SYNCED[n].schema, values[n]);
    if (!parsed.success) continue;
    await (SYNCED[n].item as { setValue(x: unknown): Promise<void> }).setValue(parsed.output);
  }
}
