/**
 * Which tagger weights a build bundles (Node only: read by wxt.config.ts and the tests).
 * `BACKSTORY_NER_MODEL=permissive npx wxt build` bundles `model/weights-permissive.json`, trained
 * on CC0 / CC BY sets only (`npm run train:ner -- --permissive`, MODEL.md); unset or `shipped`
 * keeps `model/weights.json`. Both run with the same features and tagger.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type NerModelName = 'shipped' | 'permissive';

/** The weights file of each model, in lib/entities/model/. */
export const NER_WEIGHTS_FILES: Record<NerModelName, string> = {
  shipped: 'weights.json',
  permissive: 'weights-permissive.json',
};

/** The import in load-tagger.ts that the alias redirects. */
export const WEIGHTS_SPECIFIER = './model/weights.json';

const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'model');

/** Reads BACKSTORY_NER_MODEL: unset, empty or `shipped` is the shipped model; a typo fails the build. */
export function nerModelName(value: string | undefined): NerModelName {
  if (!value || value === 'shipped') return 'shipped';
  if (value === 'permissive') return 'permissive';
  throw new Error(`BACKSTORY_NER_MODEL: "${value}" is neither "shipped" nor "permissive"`);
}

/**
 * The Vite aliases that make load-tagger.ts import the chosen weights: none for the shipped
 * model; for the permissive one, its import of ./model/weights.json goes to
 * weights-permissive.json, which must exist.
 */
export function nerWeightsAliases(
  value: string | undefined,
  modelDir = MODEL_DIR,
): { find: RegExp; replacement: string }[] {
  const name = nerModelName(value);
  if (name === 'shipped') return [];
  const file = join(modelDir, NER_WEIGHTS_FILES[name]);
  if (!existsSync(file)) {
    throw new Error(
      `BACKSTORY_NER_MODEL=${name}: ${file} is missing (npm run train:ner -- --${name})`,
    );
  }
  return [{ find: /^\.\/model\/weights\.json$/, replacement: file }];
}
