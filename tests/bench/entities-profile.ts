/**
 * Dev aid for bench:entities --speed (not a benchmark): `node --cpu-prof --import tsx
 * tests/bench/entities-profile.ts [SET] [PASSES]` runs findMentions over a dev set's texts (all
 * sets without SET) PASSES times after one warm pass, as the speed figure does, and prints CPU
 * ms per 1,000 words of each pass; --cpu-prof writes the profile (Chrome DevTools format). Read
 * one with tests/bench/entities-profile-top.ts. With ENTITIES=1, times findEntities instead (the
 * page's whole analysis: mentions, then the confidence's evidence and what is shown). SET
 * pages-en, pages-de or pages-all runs on the real pages' articles instead (entities-pages.ts;
 * PAGE_TEXTS=FILE keeps the extracted texts between runs).
 */
import { cpuUsage } from 'node:process';
import { join } from 'node:path';
import type { DetectedLang } from '../../lib/entities/detect-language';
import { findEntities } from '../../lib/entities/find-entities';
import { findMentions } from '../../lib/entities/find-mentions';
import { readCorpus } from '../../lib/entities/train/read-corpus';
import { CONFIDENCE_DEV_SOURCES, sharedCorpusDir } from '../../lib/entities/train/sources';
import { DEFAULT_PAGES_DIR, type PageText, pageWords, readPageTexts } from './entities-pages';
import { textsOf, wordsOf } from './entities-speed';

const [only, passArg] = process.argv.slice(2);
const passes = Number(passArg ?? 5);
const root = process.env.NER_DIR ?? sharedCorpusDir('ner');
const analyse =
  process.env.ENTITIES === '1'
    ? (text: string, lang: string) =>
        findEntities({ text, title: null, lang }, lang as DetectedLang)
    : findMentions;
function timePasses(name: string, texts: string[], words: number, run: (i: number) => void) {
  for (let i = 0; i < texts.length; i++) run(i);
  const ms: string[] = [];
  for (let p = 0; p < passes; p++) {
    const c0 = cpuUsage();
    for (let i = 0; i < texts.length; i++) run(i);
    const c = cpuUsage(c0);
    ms.push((((c.user + c.system) / 1000 / words) * 1000).toFixed(2));
  }
  console.log(`${name.padEnd(22)}${ms.join(' ')}`);
}

if (only?.startsWith('pages-')) {
  const lang = only.slice('pages-'.length);
  const pages = (readPageTexts(DEFAULT_PAGES_DIR, process.env.PAGE_TEXTS) ?? []).filter(
    (p) => lang === 'all' || p.lang === lang,
  );
  const texts = pages.map((p) => p.text);
  timePasses(only, texts, pageWords(pages), (i) => {
    const p = pages[i] as PageText;
    if (process.env.ENTITIES === '1') {
      findEntities({ text: p.text, title: p.title, lang: p.articleLang }, p.lang);
    } else findMentions(p.text, p.lang);
  });
}
for (const src of CONFIDENCE_DEV_SOURCES) {
  if (only?.startsWith('pages-')) break;
  if (only && only !== 'all' && src.name !== only) continue;
  const docs = readCorpus(join(root, src.path), src.format, { namesOnly: true });
  const texts = textsOf(docs);
  const words = wordsOf(docs);
  timePasses(src.name, texts, words, (i) => analyse(texts[i] as string, src.lang));
}
