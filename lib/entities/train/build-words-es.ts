/**
 * Writes lib/entities/model/words-es.json: Spanish nouns and adjectives a dictionary writes only
 * in lower case, from the Spanish Hunspell dictionary of LibreOffice as Debian's hunspell-es
 * package ships it (`apt-get install hunspell-es`; /usr/share/hunspell/es_ES.dic; Santiago Bosio,
 * GPL-3+ or LGPL-3+ or MPL-1.1+, /usr/share/doc/hunspell-es/copyright). The dictionary writes a
 * proper noun capitalised ("Blanco", "Rosa", "Ventanilla", "Pesca": surnames and towns) and a
 * common word in lower case, so a word it has in lower case only ("fluidez", "lector",
 * "matemático", "talento") is an ordinary word: capitalised on a page it is a heading, a
 * programme's or a section's title, seldom a name (confidence.ts `dictionaryWord`,
 * `dictionaryPhrase`). A word it has both ways is left out.
 *
 * Only the lemmas of nouns and adjectives (the entries with the plural flag S or the gender flag
 * G), of 4 letters or more, folded (no accents); isSpanishWord tries a word's singular and
 * masculine. A lemma is left out when the dictionary writes it, its plural or its feminine
 * capitalised ("Flores", "Rosa"), and when both builds' common-word lists hold it for Spanish
 * (their corpus counts decide those). Each lemma is stored as the low SPANISH_WORD_HASH_BITS bits
 * of its FNV-1a hash, sorted and packed (packed.ts), as words-en.json.
 *
 * Run: tsx lib/entities/train/build-words-es.ts [/usr/share/hunspell/es_ES.dic]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPANISH_WORD_HASH_BITS, spanishWordKey } from '../common-words';
import { foldName } from '../fold-name';
import { packHashes } from '../packed';
import { wordsBothBuildsList, writeWordList } from './build-words-en';

/** A folded lemma's plural and feminine forms (folded), as the dictionary's S and G flags make them. */
export function spanishForms(lemma: string): string[] {
  const out = [lemma];
  const plural = (w: string) => (/[aeiou]$/u.test(w) ? `${w}s` : `${w}es`);
  out.push(plural(lemma));
  let fem = '';
  if (lemma.endsWith('o') || lemma.endsWith('e')) fem = `${lemma.slice(0, -1)}a`;
  else if (/(?:[dlrz]|an|in|on|es|os)$/u.test(lemma)) fem = `${lemma}a`;
  if (fem) out.push(fem, `${fem}s`);
  return out;
}

/**
 * The folded lemmas of `dic` (Hunspell .dic lines, "word/FLAGS") with the flag S or G, in lower
 * case, of 4 letters or more, none of whose forms (spanishForms) a capitalised entry writes, less
 * `known`: sorted.
 */
export function lowerOnlyLemmas(dic: readonly string[], known: ReadonlySet<string>): string[] {
  const entries = dic.map((l) => {
    const slash = l.indexOf('/');
    return slash < 0
      ? { word: l.trim(), flags: '' }
      : { word: l.slice(0, slash), flags: l.slice(slash + 1) };
  });
  const capitalised = new Set(
    entries.filter((e) => /^\p{Lu}/u.test(e.word)).map((e) => foldName(e.word)),
  );
  const lemmas = new Set<string>();
  for (const { word, flags } of entries) {
    if (!/^\p{Ll}+$/u.test(word) || !/[SG]/u.test(flags)) continue;
    const f = foldName(word);
    if (f.length < 4 || known.has(f)) continue;
    if (spanishForms(f).some((x) => capitalised.has(x))) continue;
    lemmas.add(f);
  }
  return [...lemmas].sort();
}

/** Lemmas as the sorted low bits of their hashes, packed (packed.ts packHashes). */
export function packSpanishWords(words: readonly string[]): ReturnType<typeof packHashes> {
  return packHashes(words, spanishWordKey, SPANISH_WORD_HASH_BITS);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? '/usr/share/hunspell/es_ES.dic';
  const dic = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  // Left out: the words both builds' common-word lists hold (each build's own list decides them).
  const known = wordsBothBuildsList('es');
  const words = lowerOnlyLemmas(dic, known);
  writeWordList(
    'words-es.json',
    'Spanish noun and adjective lemmas the Hunspell dictionary (hunspell-es, es_ES.dic) writes only in lower case (lib/entities/train/build-words-es.ts)',
    'Spanish dictionary for Hunspell, Santiago Bosio (LibreOffice dictionaries): GPL-3+ or LGPL-3+ or MPL-1.1+, used under MPL-1.1 (see /usr/share/doc/hunspell-es/copyright)',
    words,
    packSpanishWords(words),
    'lemmas',
  );
}
