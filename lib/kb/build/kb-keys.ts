/**
 * Writes lib/kb/data/kb-keys.json, kb.json's name index (folded names, acronyms, transliteration
 * keys; lib/kb/lookup.ts reads it instead of computing it on a cold start): `npm run build:kb`
 * writes it with kb.json, `tsx lib/kb/build/kb-keys.ts` from the kb.json there is. Offline: the
 * KB's own names only.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import kbJson from '../data/kb.json';
import type { KbData, KbEntry } from '../kb-entry';
import { nameIndex } from '../lookup';

const OUT = resolve(import.meta.dirname, '../data/kb-keys.json');

/** Writes the name index of these entries. */
export async function writeKbKeys(entries: readonly KbEntry[]): Promise<void> {
  const options = (await resolveConfig(OUT)) ?? {};
  writeFileSync(
    OUT,
    await format(JSON.stringify(nameIndex(entries)), { ...options, filepath: OUT }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await writeKbKeys((kbJson as unknown as KbData).entries);
}
