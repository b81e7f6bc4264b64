/**
 * `node --import tsx --import ./lib/entities/train/use-ner-model.ts SCRIPT`: with
 * BACKSTORY_NER_MODEL=permissive, the script's imports of the per-model files resolve to their
 * `-permissive.json` twins, as in a permissive build (ner-model-hooks.ts). A twin not written yet
 * is reported and left to the shipped file, so that `train:confidence -- --permissive` can write
 * the first confidence-permissive.json; bench:entities checks that every twin exists.
 * BACKSTORY_NER_FILES (JSON, file name to path) puts other files in place of twins.
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import {
  MODEL_DIR,
  nerModelName,
  nerWeightsAliases,
  PER_MODEL_FILES,
  permissiveName,
} from '../ner-model-choice';
import type { HookAlias } from './ner-model-hooks';

const value = process.env.BACKSTORY_NER_MODEL;
if (nerModelName(value) !== 'shipped') {
  const present = PER_MODEL_FILES.filter((f) => existsSync(join(MODEL_DIR, permissiveName(f))));
  const absent = PER_MODEL_FILES.filter((f) => !present.includes(f));
  if (absent.length) console.error(`!!! ${value}: no permissive twin of ${absent.join(', ')} yet`);
  // BACKSTORY_NER_FILES='{"weights.json": "/tmp/fold0.json"}': another file in place of a twin
  // (train-confidence's fold taggers and their common words).
  const overrides = JSON.parse(process.env.BACKSTORY_NER_FILES ?? '{}') as Record<string, string>;
  const aliases: HookAlias[] = nerWeightsAliases(value, MODEL_DIR, present).map((a, i) => ({
    pattern: a.find.source,
    file: overrides[present[i] as string] ?? a.replacement,
  }));
  register('./ner-model-hooks.ts', import.meta.url, { data: { aliases } });
  process.env.BACKSTORY_NER_MODEL_HOOKED = nerModelName(value);
}
