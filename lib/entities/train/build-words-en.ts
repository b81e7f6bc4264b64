/**
 * Writes lib/entities/model/words-en.json: English words a dictionary writes only in lower case,
 * from SCOWL as Debian's wamerican packages ship it (`apt-get install wamerican wamerican-small`;
 * SCOWL's licence, /usr/share/doc/wamerican/copyright: use, copy, modify, distribute and sell
 * permitted, with the copyright notice kept, which `licence` carries). SCOWL writes a proper
 * noun capitalised ("Boston", "Earth") and a common word in lower case, so a word it has in lower
 * case only ("sustainability", "timestamp", "symposium") is an ordinary word: capitalised on a
 * page it is a heading, a button or a sentence start, seldom a name (confidence.ts
 * `dictionaryWord`). A word it has both ways ("bloom"/"Bloom", "earth"/"Earth") is left out.
 *
 * Only the words that matter, to keep the bundle small: of 4 letters or more; no regular plural
 * whose singular is listed (isEnglishWord tries the singular); none ending in -ed, -ly or -est
 * (seldom taken for a name); none both builds' common-word lists hold for English (their corpus
 * counts decide those). Each word is stored as the low WORD_HASH_BITS bits of its
 * FNV-1a hash, sorted and packed (packed.ts), as nouns-de.json.
 *
 * Run: tsx lib/entities/train/build-words-en.ts WORDS [MORE...]: WORDS is the list learned from
 * (/usr/share/dict/american-english-small, SCOWL size 35); every list given also counts for the
 * capitalised entries that make a word ambiguous (/usr/share/dict/american-english, size 50).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishWordKey, WORD_HASH_BITS } from '../common-words';
import { frontDecode, packHashes } from '../packed';

/** Endings of the forms left out: past participles, adverbs, superlatives. */
const LEFT_OUT = /(?:ed|ly|est)$/u;

/** The singulars a regular English plural may have ("pets" → "pet", "ladies" → "lady"). */
export function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}

/**
 * The words of `list` written only in lower case in every one of `lists` (`list` among them),
 * the forms left out, less `known`: sorted.
 */
export function lowerOnlyWords(
  list: readonly string[],
  lists: readonly (readonly string[])[],
  known: ReadonlySet<string>,
): string[] {
  const all = new Set(lists.flat());
  const lower = new Set(
    list.filter(
      (w) =>
        /^[a-z]{4,}$/u.test(w) &&
        !all.has(`${(w[0] as string).toUpperCase()}${w.slice(1)}`) &&
        !all.has(w.toUpperCase()),
    ),
  );
  return [...lower]
    .filter((w) => !LEFT_OUT.test(w) && !known.has(w) && !singulars(w).some((s) => lower.has(s)))
    .sort();
}

/** Words as the sorted low bits of their hashes, packed (packed.ts packHashes). */
export function packWords(words: readonly string[]): ReturnType<typeof packHashes> {
  return packHashes(words, englishWordKey, WORD_HASH_BITS);
}

/**
 * The words of `lang` that both builds' common-word lists hold (lib/entities/model
 * common-words.json and common-words-permissive.json): their corpus counts decide those, so the
 * dictionary lists (words-en.json, words-es.json) leave them out.
 */
export function wordsBothBuildsList(lang: 'en' | 'es' | 'fr'): Set<string> {
  const model = fileURLToPath(new URL('../model/', import.meta.url));
  const [shipped, permissive] = ['common-words.json', 'common-words-permissive.json'].map(
    (f) =>
      new Set(
        Object.values(
          (
            JSON.parse(readFileSync(join(model, f), 'utf8')) as Record<
              string,
              Record<string, string>
            >
          )[lang] ?? {},
        ).flatMap(frontDecode),
      ),
  );
  return new Set([...shipped!].filter((w) => permissive!.has(w)));
}

/**
 * Writes lib/entities/model/`name`, a dictionary word list (where it comes from, its licence,
 * the words' packed hashes), and says what it wrote.
 */
export function writeWordList(
  name: string,
  source: string,
  licence: string,
  words: readonly string[],
  packed: ReturnType<typeof packHashes>,
  unit: string,
): void {
  const out = fileURLToPath(new URL(`../model/${name}`, import.meta.url));
  writeFileSync(out, `${JSON.stringify({ source, licence, ...packed }, null, 2)}\n`);
  console.log(words.length, `${unit},`, packed.count, 'hashes ->', out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error('usage: build-words-en.ts WORDS [MORE...]');
  const lists = paths.map((p) => readFileSync(p, 'utf8').split('\n'));
  // Left out: the words both builds' common-word lists hold (each build's own list decides them).
  const known = wordsBothBuildsList('en');
  const words = lowerOnlyWords(lists[0] as string[], lists, known);
  writeWordList(
    'words-en.json',
    'English words SCOWL (wamerican-small, wamerican) writes only in lower case (lib/entities/train/build-words-en.ts)',
    'SCOWL, Copyright 2000-2011 by Kevin Atkinson: permission to use, copy, modify, distribute and sell these word lists is granted without fee, provided that the copyright notice appears in all copies (see /usr/share/doc/wamerican/copyright)',
    words,
    packWords(words),
    'words',
  );
}
