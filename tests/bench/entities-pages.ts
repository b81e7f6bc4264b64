/**
 * The real pages of the entity speed figures: the articles of ../shared/corpus/extraction-dev
 * as the extension reads them (lib/pipeline: readPage, then readInLanguage's language), so that
 * findEntities is timed on the texts users' pages give it, not only on the dev sets' sentences.
 * Extraction takes minutes; `--texts FILE` keeps the extracted articles for the next run.
 *
 *   npx tsx tests/bench/entities-pages.ts [PAGES_DIR] [--texts FILE] [--dump OUT.jsonl] [--speed]
 *
 * --dump writes every entity findEntities gives each page, with every field (confidence, shown),
 * and every field of their confidence's evidence: two commits whose dumps are identical analyse
 * the real pages alike.
 * --speed times findMentions and findEntities on them (as bench:entities --speed does, unless
 * --no-pages).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHtmlBytes } from '@/lib/cli/decode-html';
import { type ConfidenceEvidence, confidenceEvidence } from '@/lib/entities/confidence';
import { type DetectedLang, latinShare } from '@/lib/entities/detect-language';
import { findEntities } from '@/lib/entities/find-entities';
import { findArticleMentions, findMentions } from '@/lib/entities/find-mentions';
import { mergeMentions } from '@/lib/entities/merge-mentions';
import { sharedCorpusDir } from '@/lib/entities/train/sources';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { readInLanguage } from '@/lib/pipeline/annotate';
import { readPage } from '@/lib/pipeline/read-page';
import { type SpeedFigures, timeWork } from './entities-speed';

/** One extracted article, with the language the extension reads it in. */
export interface PageText {
  page: string;
  text: string;
  title: string | null;
  articleLang: string | null;
  lang: DetectedLang;
}

export const DEFAULT_PAGES_DIR = sharedCorpusDir('extraction-dev/pages');

/**
 * The pages' articles (null, said on stderr, when the pages are missing), extracted as
 * analyzeDocument does (no URL, as `npm run analyze` on a saved file); pages refused as not
 * articles are left out. Read from `cache` when it exists, else written there.
 */
export function readPageTexts(dir: string, cache?: string): PageText[] | null {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as PageText[];
  if (!existsSync(dir)) {
    console.error(
      `\n!!! REAL PAGES NOT FOUND: ${dir}\n!!! findEntities is not timed on real pages (the extraction-dev corpus: ../shared/corpus/extraction-dev/pages)\n`,
    );
    return null;
  }
  const out: PageText[] = [];
  for (const page of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const doc = parseHtmlDocument(decodeHtmlBytes(readFileSync(join(dir, page))), null);
    const read = readPage(doc, null);
    if (!read.ok) continue;
    const { article, lang } = readInLanguage(read.article);
    out.push({ page, text: article.text, title: article.title, articleLang: article.lang, lang });
  }
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** Words as the pages' readers count them: runs between whitespace. */
export function pageWords(texts: readonly PageText[]): number {
  return texts.reduce((n, t) => n + (t.text.match(/\S+/g)?.length ?? 0), 0);
}

/**
 * The confidence's evidence of every entity of a page, every field, as findEntities weighs it
 * (its steps up to withConfidence): the dump shows a change to the evidence that the rounded
 * confidence would hide.
 */
function evidenceOf(p: PageText): ConfidenceEvidence[] {
  if (!p.text.trim() || latinShare(p.text) < 0.5) return [];
  const { body, title } = findArticleMentions(p.text, p.title, p.lang);
  const merged = mergeMentions(body, title, p.lang === 'und' ? undefined : p.lang, p.text);
  return confidenceEvidence(merged, p.text, p.lang);
}

const analyse = (p: PageText) =>
  findEntities({ text: p.text, title: p.title, lang: p.articleLang }, p.lang);

/**
 * findMentions, then findEntities, each in warm passes, on the pages read in `langs` (all pages
 * without): the budgeted part and the page's whole analysis, in the same minutes.
 */
export function timePages(
  pages: readonly PageText[],
  langs?: readonly string[],
  count?: number,
): { pages: number; words: number; mentions: SpeedFigures; entities: SpeedFigures } {
  const some = langs ? pages.filter((p) => langs.includes(p.lang)) : [...pages];
  const texts = some.map((p) => p.text);
  const words = pageWords(some);
  return {
    pages: some.length,
    words,
    mentions: timeWork(
      texts,
      words,
      () => {
        for (const p of some) findMentions(p.text, p.lang);
      },
      count,
    ),
    entities: timeWork(
      texts,
      words,
      () => {
        for (const p of some) analyse(p);
      },
      count,
    ),
  };
}

export type PageTimes = ReturnType<typeof timePages>;

/**
 * timePages on the English pages, the German ones and all of them, each printed as a line (CPU
 * ms per 1,000 words, min / median) as it is timed.
 */
export function timePageSets(
  pages: readonly PageText[],
  count?: number,
): Record<string, PageTimes> {
  const out: Record<string, PageTimes> = {};
  for (const [name, langs] of [
    ['en', ['en']],
    ['de', ['de']],
    ['all', undefined],
  ] as const) {
    const t = timePages(pages, langs, count);
    out[name] = t;
    const x = (v: number) => v.toFixed(2);
    console.log(
      `pages-${name.padEnd(4)}${String(t.pages).padStart(4)} pages ${String(t.words).padStart(7)} words   findMentions ${x(t.mentions.cpuMin)} / ${x(t.mentions.cpuMedian)}   findEntities ${x(t.entities.cpuMin)} / ${x(t.entities.cpuMedian)}`,
    );
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const valued = new Set([opt('--texts'), opt('--dump')]);
  const dir = resolve(args.find((a) => !a.startsWith('--') && !valued.has(a)) ?? DEFAULT_PAGES_DIR);
  const pages = readPageTexts(dir, opt('--texts'));
  if (!pages) process.exit(2);
  console.log(`${pages.length} articles, ${pageWords(pages)} words (${dir})`);
  const dump = opt('--dump');
  if (dump) {
    const lines = pages.map((p) =>
      JSON.stringify({ page: p.page, entities: analyse(p), evidence: evidenceOf(p) }),
    );
    writeFileSync(dump, `${lines.join('\n')}\n`);
    console.log(`entities of ${lines.length} pages -> ${dump}`);
  }
  if (args.includes('--speed')) timePageSets(pages);
}

// Run as a script, not when imported (entities-profile.ts, entities.bench.ts).
if (/entities-pages\.ts$/.test(process.argv[1] ?? '')) main();
