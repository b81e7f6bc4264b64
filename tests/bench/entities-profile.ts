/**
 * Dev aid for bench:entities --speed (not a benchmark): `node --cpu-prof --import tsx
 * tests/bench/entities-profile.ts [SET] [PASSES]` runs findMentions over a dev set's texts (all
 * sets without SET) PASSES times after one warm pass, as the speed figure does, and prints CPU
 * ms per 1,000 words of each pass; --cpu-prof writes the profile (Chrome DevTools format). Read
 * one with tests/bench/entities-profile-top.ts. With ENTITIES=1, times findEntities instead (the
 * page's whole analysis: mentions, then the confidence's evidence and what is shown).
 */
import { cpuUsage } from 'node:process';
import { join } from 'node:path';
import type { DetectedLang } from '../../lib/entities/detect-language';
import { findEntities } from '../../lib/entities/find-entities';
import { findMentions } from '../../lib/entities/find-mentions';
import { readCorpus } from '../../lib/entities/train/read-corpus';
import { CONFIDENCE_DEV_SOURCES, sharedCorpusDir } from '../../lib/entities/train/sources';
import { textsOf, wordsOf } from './entities-speed';

const [only, passArg] = process.argv.slice(2);
const passes = Number(passArg ?? 5);
const root = process.env.NER_DIR ?? sharedCorpusDir('ner');
const analyse =
  process.env.ENTITIES === '1'
    ? (text: string, lang: string) =>
        findEntities({ text, title: null, lang }, lang as DetectedLang)
    : findMentions;
for (const src of CONFIDENCE_DEV_SOURCES) {
  if (only && only !== 'all' && src.name !== only) continue;
  const docs = readCorpus(join(root, src.path), src.format, { namesOnly: true });
  const texts = textsOf(docs);
  const words = wordsOf(docs);
  for (const t of texts) analyse(t, src.lang);
  const ms: string[] = [];
  for (let p = 0; p < passes; p++) {
    const c0 = cpuUsage();
    for (const t of texts) analyse(t, src.lang);
    const c = cpuUsage(c0);
    ms.push((((c.user + c.system) / 1000 / words) * 1000).toFixed(2));
  }
  console.log(`${src.name.padEnd(22)}${ms.join(' ')}`);
}
