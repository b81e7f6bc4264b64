/**
 * Writes lib/kb/data/kb-keys.json, the transliteration keys of kb.json's names (lib/kb/lookup.ts
 * reads them instead of computing them on a cold start): `npm run build:kb` writes it with
 * kb.json, `tsx lib/kb/build/kb-keys.ts` from the kb.json there is.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import kbJson from '../data/kb.json';
import type { KbData, KbEntry } from '../kb-entry';
import { keyIndex, namesHash, type KbKeys } from '../lookup';

const OUT = resolve(import.meta.dirname, '../data/kb-keys.json');

/** Writes the key index of these entries. */
export async function writeKbKeys(entries: readonly KbEntry[]): Promise<void> {
  const kept: KbKeys = { names: namesHash(entries), keys: Object.fromEntries(keyIndex(entries)) };
  const options = (await resolveConfig(OUT)) ?? {};
  writeFileSync(OUT, await format(JSON.stringify(kept), { ...options, filepath: OUT }));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await writeKbKeys((kbJson as unknown as KbData).entries);
}
