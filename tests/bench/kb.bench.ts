/**
 * Knowledge-base benchmark: npm run bench:kb [-- CORPUS_NER_DIR]. Loads the KB (lib/kb), reports
 * load time and size, then times the KB work of one article (a lookup per mention, a canonical
 * id per entity, as lib/entities/merge-mentions does) over the fixture articles and the NER dev
 * sets of the shared corpus, against a baseline measured in the same run: Map.get of pre-folded
 * keys. Also reports how many gold entity mentions of the dev sets the KB knows. Last line: JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { findEntities } from '../../lib/entities/find-entities';
import { foldName, nameWords } from '../../lib/entities/fold-name';
import { type EntityType, spansFromTags } from '../../lib/entities/tags';
import { readCorpus } from '../../lib/entities/train/read-corpus';
import { DEV_SOURCES } from '../../lib/entities/train/sources';
import { canonicalEntityId } from '../../lib/kb/canonical-id';
import * as kb from '../../lib/kb/lookup';
import { analyzeDocument } from '../../lib/pipeline/analyze';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.argv[2] ?? resolve(ROOT, '../shared/corpus/ner'));
const FIXTURES = [
  'news24-putin-pyongyang.fr.html',
  'world-desk-putin-pyongyang.en.html',
  'diario-global-putin-pyongyang.es.html',
];
const KB_FILE = join(ROOT, 'lib/kb/data/kb.json');

/** One article's entity mentions, as the KB sees them. */
interface Workload {
  name: string;
  lang: string;
  mentions: { text: string; type: EntityType }[];
}

let sink = 0;

function round(x: number, d = 3): number {
  return Math.round(x * 10 ** d) / 10 ** d;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}

function fixtureWorkloads(): Workload[] {
  return FIXTURES.map((file) => {
    const html = readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8');
    const r = analyzeDocument(file, parseHtmlDocument(html, null));
    if (!r.article) throw new Error(`${file}: ${r.error}`);
    const entities = findEntities(r.article);
    return {
      name: file,
      lang: r.article.lang ?? 'und',
      mentions: entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, type: e.type }))),
    };
  });
}

function corpusWorkloads(): { sets: string[]; missing: string[]; docs: Workload[] } {
  const docs: Workload[] = [];
  const sets: string[] = [];
  const missing: string[] = [];
  for (const src of DEV_SOURCES) {
    const path = join(CORPUS, src.path);
    if (!existsSync(path)) {
      missing.push(src.name);
      continue;
    }
    sets.push(src.name);
    readCorpus(path, src.format).forEach((doc, i) => {
      const mentions = doc.flatMap((s) =>
        spansFromTags(s.tags).map((sp) => ({
          text: s.words.slice(sp.start, sp.end).join(' '),
          type: sp.type,
        })),
      );
      if (mentions.length) docs.push({ name: `${src.name}#${i}`, lang: src.lang, mentions });
    });
  }
  return { sets, missing, docs };
}

/** Median ms of `fn` over runs of enough repetitions to be measurable. */
function timeMs(fn: () => void, reps = 20): number {
  fn();
  const runs = [0, 1, 2, 3, 4].map(() => {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    return (performance.now() - t0) / reps;
  });
  return runs.sort((a, b) => a - b)[2] as number;
}

async function main(): Promise<void> {
  const raw = readFileSync(KB_FILE);
  // What ships: the bundler inlines the JSON minified; the file itself is Prettier-formatted.
  const minified = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))));
  const bytes = { raw: minified.length, gzip: gzipSync(minified).length, file: raw.length };

  // What a fresh service worker pays: parse the JSON (the bundle inlines it as an object
  // literal, parsed about as fast), then build the name index on first use.
  const t0 = performance.now();
  JSON.parse(raw.toString('utf8'));
  const parseMs = performance.now() - t0;
  const t1 = performance.now();
  const index = kb.getKb();
  const indexMs = performance.now() - t1;
  const load = {
    parseMs: round(parseMs, 2),
    indexMs: round(indexMs, 2),
    entries: index.entries.length,
  };
  console.log(
    `KB: ${load.entries} entries, ${bytes.raw} bytes raw, ${bytes.gzip} bytes gzip minified ` +
      `(file ${bytes.file} bytes); ` +
      `JSON.parse ${load.parseMs} ms, name index ${load.indexMs} ms (once per worker)`,
  );

  // Baseline: one Map.get per lookup of keys folded beforehand.
  const plain = new Map<string, string>();
  for (const e of index.entries) {
    for (const n of kb.allNames(e)) plain.set(nameWords(foldName(n)).join(' '), e.id);
  }

  const articleWork = (w: Workload): (() => void) => {
    const groups = new Map<string, { type: EntityType; names: string[] }>();
    for (const m of w.mentions) {
      const k = `${m.type}:${nameWords(foldName(m.text)).join(' ')}`;
      const g = groups.get(k) ?? { type: m.type, names: [] };
      g.names.push(m.text);
      groups.set(k, g);
    }
    const list = [...groups.values()];
    return () => {
      for (const m of w.mentions) if (kb.lookupName(m.text, m.type, w.lang)) sink++;
      for (const g of list) if (canonicalEntityId(g.type, g.names, w.lang)) sink++;
    };
  };
  const baselineWork = (w: Workload): (() => void) => {
    const keys = w.mentions.map((m) => nameWords(foldName(m.text)).join(' '));
    const groups = [...new Set(keys)];
    return () => {
      // Counted, so that the engine cannot drop the lookups as dead code.
      for (const k of keys) if (plain.get(k)) sink++;
      for (const k of groups) if (plain.get(k)) sink++;
    };
  };

  const measure = (label: string, ws: Workload[]) => {
    const kbMs = ws.map((w) => timeMs(articleWork(w)));
    const baseMs = ws.map((w) => timeMs(baselineWork(w)));
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    const mentions = ws.reduce((n, w) => n + w.mentions.length, 0);
    const out = {
      articles: ws.length,
      mentionsPerArticle: round(mentions / Math.max(1, ws.length), 1),
      msPerArticle: round(sum(kbMs) / Math.max(1, ws.length), 4),
      p99MsPerArticle: round(percentile(kbMs, 0.99), 4),
      maxMsPerArticle: round(Math.max(0, ...kbMs), 4),
      baselineMsPerArticle: round(sum(baseMs) / Math.max(1, ws.length), 4),
      ratioToBaseline: round(sum(kbMs) / Math.max(1e-9, sum(baseMs)), 1),
    };
    console.log(
      `${label}: ${out.articles} articles, ${out.mentionsPerArticle} mentions each; ` +
        `${out.msPerArticle} ms/article (p99 ${out.p99MsPerArticle}, max ${out.maxMsPerArticle}), ` +
        `baseline Map.get ${out.baselineMsPerArticle} ms, ratio ${out.ratioToBaseline}x`,
    );
    return out;
  };

  const fixtures = measure('fixtures', fixtureWorkloads());
  const corpus = corpusWorkloads();
  let corpusFigures: Record<string, unknown> | null = null;
  if (corpus.missing.length) {
    console.error(`!!! corpus missing under ${CORPUS}: ${corpus.missing.join(', ')}`);
  }
  if (corpus.docs.length) {
    const timing = measure(`corpus (${corpus.sets.join(', ')})`, corpus.docs);
    // How much of real news the KB knows: gold mentions with a KB entry, per type.
    const known: Record<string, { mentions: number; inKb: number; share?: number }> = {};
    for (const w of corpus.docs) {
      for (const m of w.mentions) {
        const k = (known[m.type] ??= { mentions: 0, inKb: 0 });
        k.mentions++;
        if (kb.lookupName(m.text, m.type, w.lang)) k.inKb++;
      }
    }
    for (const k of Object.values(known)) k.share = round(k.inKb / k.mentions);
    console.log(
      `corpus gold mentions the KB knows: ${Object.entries(known)
        .map(([t, k]) => `${t} ${k.inKb}/${k.mentions} (${k.share})`)
        .join(', ')}`,
    );
    corpusFigures = { sets: corpus.sets, ...timing, kbKnows: known };
  } else {
    console.error('!!! no corpus: timings are over the fixtures only');
  }
  console.log(
    JSON.stringify({
      bench: 'kb',
      entries: load.entries,
      bytesRaw: bytes.raw,
      bytesGzip: bytes.gzip,
      fileBytes: bytes.file,
      parseMs: load.parseMs,
      indexMs: load.indexMs,
      fixtures,
      corpus: corpusFigures,
      corpusMissing: corpus.missing,
    }),
  );
  if (sink < 0) console.log(sink);
}

await main();
