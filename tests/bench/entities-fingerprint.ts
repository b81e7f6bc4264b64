/**
 * Dev aid for speed work on the recogniser (not a benchmark): `tsx tests/bench/entities-fingerprint.ts
 * OUT.jsonl [NER_DIR]` writes, for every document of the confidence dev sets (as text, the way
 * bench:entities --speed reads it), every field of findMentions' mentions and of findEntities'
 * entities (spans, types, margins, evidence, confidence, shown), and every row of the dev-set
 * pipeline (runPipeline: correctness and confidence evidence), one JSON line per document. Two
 * commits whose files are identical find the same entities, with the same figures, on the dev
 * sets. Last line: one JSON object with a hash per set.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DetectedLang } from '../../lib/entities/detect-language';
import { findEntities } from '../../lib/entities/find-entities';
import { findMentions } from '../../lib/entities/find-mentions';
import { runPipeline } from '../../lib/entities/train/eval-pipeline';
import { readCorpus } from '../../lib/entities/train/read-corpus';
import { CONFIDENCE_DEV_SOURCES } from '../../lib/entities/train/sources';
import { nerDevDir } from '../../lib/entities/train/train-confidence';
import { textsOf } from './entities-speed';

const [out, dir] = process.argv.slice(2);
if (!out) {
  console.error('usage: tsx tests/bench/entities-fingerprint.ts OUT.jsonl [NER_DIR]');
  process.exit(2);
}
const root = resolve(dir ?? nerDevDir());
const lines: string[] = [];
const hashes: Record<string, string> = {};
for (const src of CONFIDENCE_DEV_SOURCES) {
  const path = join(root, src.path);
  if (!existsSync(path)) continue;
  const docs = readCorpus(path, src.format, { namesOnly: true });
  const hash = createHash('sha256');
  textsOf(docs).forEach((text, d) => {
    const line = JSON.stringify({
      set: src.name,
      doc: d,
      mentions: findMentions(text, src.lang),
      entities: findEntities({ text, title: null, lang: src.lang }, src.lang as DetectedLang),
    });
    hash.update(line);
    lines.push(line);
  });
  for (const row of runPipeline(docs, src.lang).rows) {
    const line = JSON.stringify({ set: src.name, row });
    hash.update(line);
    lines.push(line);
  }
  hashes[src.name] = hash.digest('hex').slice(0, 16);
  console.log(`${src.name.padEnd(22)}${hashes[src.name]}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(JSON.stringify({ bench: 'entities-fingerprint', sets: hashes }));
