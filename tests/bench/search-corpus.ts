/**
 * Sentence and entity pools for `npm run bench:search`, read from the shared corpus (NER sets
 * in en/es/fr/de, Chinese and Japanese readability test pages). Nothing from the corpus is
 * written anywhere: the bench generates its documents from these pools in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Pool {
  lang: string;
  sentences: string[];
  entities: { type: string; name: string }[];
}

interface Source {
  lang: string;
  file: string;
  /** Column of the token and of its BIO tag, split on whitespace. */
  token: number;
  tag: number;
  skip?: RegExp;
  encoding?: BufferEncoding;
}

const SOURCES: Source[] = [
  { lang: 'en', file: 'ner/en-conll2003/eng.testa', token: 0, tag: 3, skip: /^-DOCSTART-/ },
  { lang: 'es', file: 'ner/es-conll2002/esp.testa', token: 0, tag: 2, encoding: 'latin1' },
  { lang: 'fr', file: 'ner/fr-europeana-bnf/enp_FR.bnf.part1-dev.bio', token: 0, tag: 1 },
  { lang: 'de', file: 'ner-train/de-germeval2014/NER-de-dev.tsv', token: 1, tag: 2, skip: /^#/ },
];
const CJK_PAGES: [string, string][] = [
  ['zh', 'readability-test-pages/qq/expected.html'],
  ['zh', 'readability-test-pages/gmw/expected.html'],
  ['zh', 'readability-test-pages/youth/expected.html'],
  ['ja', 'readability-test-pages/yahoo-4/expected.html'],
];

/** The files the bench needs, relative to the corpus folder. */
export const CORPUS_FILES = [...SOURCES.map((s) => s.file), ...CJK_PAGES.map((p) => p[1])];

/** Reads every pool; throws naming the first missing file. */
export function readPools(dir: string): Pool[] {
  for (const f of CORPUS_FILES) {
    if (!existsSync(join(dir, f))) throw new Error(`missing corpus file ${join(dir, f)}`);
  }
  const pools = SOURCES.map((s) => readNer(dir, s));
  const cjk = new Map<string, Pool>();
  for (const [lang, file] of CJK_PAGES) {
    const pool = cjk.get(lang) ?? { lang, sentences: [], entities: [] };
    const text = readFileSync(join(dir, file), 'utf8')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
    for (const s of text.split(/(?<=[。！？])|\n/)) {
      const t = s.replace(/\s+/g, ' ').trim();
      if (t.length >= 8) pool.sentences.push(t);
    }
    cjk.set(lang, pool);
  }
  return [...pools, ...cjk.values()];
}

function readNer(dir: string, s: Source): Pool {
  const pool: Pool = { lang: s.lang, sentences: [], entities: [] };
  const seen = new Set<string>();
  let words: string[] = [];
  // Held in an object: TypeScript does not see closures reset a plain variable.
  const cur: { entity: { type: string; words: string[] } | null } = { entity: null };
  const closeEntity = () => {
    const e = cur.entity;
    if (e) {
      const name = e.words.join(' ');
      if (!seen.has(`${e.type}\n${name}`) && name.length > 2) {
        seen.add(`${e.type}\n${name}`);
        pool.entities.push({ type: e.type, name });
      }
    }
    cur.entity = null;
  };
  const closeSentence = () => {
    closeEntity();
    if (words.length >= 5) pool.sentences.push(joinWords(words));
    words = [];
  };
  for (const line of readFileSync(join(dir, s.file), s.encoding ?? 'utf8').split('\n')) {
    if (s.skip?.test(line)) continue;
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) {
      closeSentence();
      continue;
    }
    const token = cols[s.token];
    const tag = cols[s.tag] ?? 'O';
    if (!token) continue;
    words.push(token);
    const m = /^([BI])-(PER|LOC|ORG)/i.exec(tag);
    const type = m ? m[2]!.toUpperCase() : null;
    if (!type || m![1] === 'B' || cur.entity?.type !== type) closeEntity();
    if (type) {
      cur.entity ??= { type, words: [] };
      cur.entity.words.push(token);
    }
    if (/^[.!?]$/.test(token) && words.length >= 12) closeSentence();
  }
  closeSentence();
  return pool;
}

function joinWords(words: string[]): string {
  return words
    .join(' ')
    .replace(/ ([.,;:!?)\]»”])/g, '$1')
    .replace(/([([«“]) /g, '$1');
}
