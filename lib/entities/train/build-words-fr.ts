/**
 * Writes lib/entities/model/words-fr.json: French nouns and adjectives a dictionary writes only in
 * lower case, from the French Hunspell dictionary of Grammalecte (Dicollecte) as Debian's
 * hunspell-fr-classical package ships it (`apt-get install hunspell-fr-classical`;
 * /usr/share/hunspell/fr.dic; Dicollecte contributors, MPL-2.0,
 * /usr/share/doc/hunspell-fr-classical/copyright). The dictionary tags each entry with its part of
 * speech (po:nom, po:adj, po:prn for a given name, po:patr for a surname, po:npr for a place or a
 * firm) and writes a proper noun capitalised ("Mayenne", "Faure", "Bruno"), so a noun or an
 * adjective it has in lower case only ("stylo", "rouge", "carton") is an ordinary word:
 * capitalised on a page it is a heading, a label or a movement's name, seldom a person's or a
 * place's (confidence.ts `frenchPhrase`, `frenchDictionaryPlace`).
 *
 * Only lemmas (the entries themselves, no inflected forms), of 4 to MAX_LETTERS letters, folded;
 * isFrenchWord tries a word's singular and masculine (frenchLemmas). A lemma is left out when the
 * dictionary writes it capitalised, when frenchLemmas maps a capitalised entry onto it
 * ("Mayenne" → "mayen", "Valenciennes" → "valencienne"), and when both builds' common-word lists
 * hold it for French (their corpus counts decide those). Longer words seldom clash with a name and
 * would double the list. Each lemma is stored as the low FRENCH_WORD_HASH_BITS bits of its FNV-1a
 * hash, sorted and packed (packed.ts), as words-es.json.
 *
 * Run: tsx lib/entities/train/build-words-fr.ts [/usr/share/hunspell/fr.dic]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRENCH_WORD_HASH_BITS, frenchLemmas, frenchWordKey } from '../common-words';
import { foldName } from '../fold-name';
import { packHashes } from '../packed';
import { wordsBothBuildsList, writeWordList } from './build-words-en';

/** The longest lemma kept (folded letters). */
export const MAX_LETTERS = 9;

/**
 * The folded noun and adjective lemmas of `dic` (Hunspell .dic lines, "word/FLAGS po:… is:…") in
 * lower case, of 4 to MAX_LETTERS letters, that no capitalised entry writes nor reaches through
 * frenchLemmas, less `known`: sorted.
 */
export function lowerOnlyFrenchLemmas(
  dic: readonly string[],
  known: ReadonlySet<string>,
): string[] {
  const entries = dic.map((l) => {
    const space = l.indexOf(' ');
    const head = space < 0 ? l.trim() : l.slice(0, space);
    const slash = head.indexOf('/');
    return {
      word: slash < 0 ? head : head.slice(0, slash),
      morph: space < 0 ? '' : l.slice(space + 1),
    };
  });
  const capitalised = new Set<string>();
  for (const e of entries) {
    if (!/^\p{Lu}/u.test(e.word)) continue;
    const f = foldName(e.word);
    capitalised.add(f);
    for (const l of frenchLemmas(f)) capitalised.add(l);
  }
  const lemmas = new Set<string>();
  for (const { word, morph } of entries) {
    if (!/^\p{Ll}+$/u.test(word) || !/\bpo:(?:nom|adj)\b/u.test(morph)) continue;
    const f = foldName(word);
    if (!/^[a-z]+$/u.test(f) || f.length < 4 || f.length > MAX_LETTERS) continue;
    if (known.has(f) || capitalised.has(f)) continue;
    lemmas.add(f);
  }
  return [...lemmas].sort();
}

/** Lemmas as the sorted low bits of their hashes, packed (packed.ts packHashes). */
export function packFrenchWords(words: readonly string[]): ReturnType<typeof packHashes> {
  return packHashes(words, frenchWordKey, FRENCH_WORD_HASH_BITS);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? '/usr/share/hunspell/fr.dic';
  const dic = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  // Left out: the words both builds' common-word lists hold (each build's own list decides them).
  const known = wordsBothBuildsList('fr');
  const words = lowerOnlyFrenchLemmas(dic, known);
  writeWordList(
    'words-fr.json',
    'French noun and adjective lemmas the Hunspell dictionary (hunspell-fr-classical, fr.dic) writes only in lower case (lib/entities/train/build-words-fr.ts)',
    'French dictionary for Hunspell, Grammalecte / Dicollecte contributors: MPL-2.0 (see /usr/share/doc/hunspell-fr-classical/copyright)',
    words,
    packFrenchWords(words),
    'lemmas',
  );
}
