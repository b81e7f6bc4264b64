import { type DocumentStats, extractFeatures, type WordInfo } from './features';
import { addRows, type Model } from './model';
import { hashFeature } from './hash';
import { kindOf, pushStackIds, stackCounts } from './stack';
import { decodeSums, sentenceSums, tagSentence } from './tag-sentence';
import { spansFromTags, TAG_COUNT, type TokenSpan } from './tags';
import { namesAfterTitles } from './title-spans';

const SHORT_NAME = /^\p{Lu}\p{Ll}{0,4}$/u;
const SYLLABLE = /^\p{Lu}\p{Ll}{0,2}$/u;

/**
 * Whether the word after a person span completes a name of short syllables ("Kim Jong" + "Un",
 * "Xi" + "Jinping" is found by the model): every word so far short and title-case, the next one
 * a title-case syllable, and not followed by another capitalised word (a new sentence).
 */
function continuesName(words: readonly string[], s: TokenSpan): boolean {
  if (s.type !== 'PER' || s.end - s.start < 2 || s.end >= words.length) return false;
  for (let i = s.start; i < s.end; i++) if (!SHORT_NAME.test(words[i] as string)) return false;
  const after = words[s.end + 1];
  return SYLLABLE.test(words[s.end] as string) && (after === undefined || !/^\p{Lu}/u.test(after));
}

/**
 * Tags one sentence's words and returns entity spans over token indices: the model's BIO
 * decoding (a word after a title may open a name, namesAfterTitles), then a person name of short
 * syllables takes in a last syllable the model left out ("Kim Jong Un", where "Un" is also a
 * French article).
 */
export function tagTokens(
  model: Model,
  words: readonly string[],
  stats: DocumentStats,
  lang: string,
  margins?: Float32Array,
  typeScores?: Float32Array,
  infos?: readonly WordInfo[],
  caps?: boolean,
): TokenSpan[] {
  const spans = spansFromTags(
    tagSentence(
      model,
      extractFeatures(words, stats, lang, model.options, model, infos, caps),
      margins,
      typeScores,
      namesAfterTitles(words, lang),
    ),
  );
  return withLastSyllables(words, spans);
}

/** A person name of short syllables takes in a last syllable the model left out (continuesName). */
function withLastSyllables(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  spans.forEach((s, k) => {
    const next = spans[k + 1];
    if ((!next || next.start > s.end) && continuesName(words, s)) s.end++;
  });
  return spans;
}

/**
 * tagTokens for every sentence of a document, with a model of the "stack" family (stack.ts): a
 * first reading of every sentence, then the second, which adds the weights of what the first
 * read of each capitalised word elsewhere in the document. Margins and type scores (one array
 * per sentence, filled when given) are the second reading's.
 */
export function tagDocumentTokens(
  model: Model,
  sentences: readonly (readonly string[])[],
  stats: DocumentStats,
  lang: string,
  infos: readonly (readonly WordInfo[])[],
  caps: readonly boolean[],
  margins?: (Float32Array | undefined)[],
  typeScores?: (Float32Array | undefined)[],
): TokenSpan[][] {
  if (!model.options.stack) {
    return sentences.map((words, k) =>
      tagTokens(model, words, stats, lang, margins?.[k], typeScores?.[k], infos[k], caps[k]),
    );
  }
  const opens = sentences.map((words) => namesAfterTitles(words, lang));
  const sums = sentences.map((words, k) =>
    sentenceSums(
      model,
      extractFeatures(words, stats, lang, model.options, model, infos[k], caps[k]),
    ).slice(),
  );
  const first = sums.map((s, k) => decodeSums(model, s, undefined, undefined, opens[k]));
  const counts = stackCounts(infos, first, stats.lower);
  const L = hashFeature(lang);
  // The stack features' sums depend only on the word and its own first reading: summed once per
  // word and reading.
  const cache = new Map<string, Int32Array>();
  const ids: number[] = [];
  return sentences.map((words, k) => {
    const s = sums[k] as Int32Array;
    const info = infos[k] as readonly WordInfo[];
    const t = first[k] as Uint8Array;
    for (let i = 0; i < words.length; i++) {
      const w = info[i] as WordInfo;
      const c = w.upper ? counts.get(w.key) : undefined;
      if (!c) continue;
      const own = kindOf(t[i] as number);
      const key = `${own}${w.key}`;
      let add = cache.get(key);
      if (!add) {
        ids.length = 0;
        pushStackIds(ids, c, own, L);
        add = new Int32Array(TAG_COUNT);
        addRows(model, ids, 0, ids.length, add, 0);
        cache.set(key, add);
      }
      for (let j = 0; j < TAG_COUNT; j++) {
        s[i * TAG_COUNT + j] = (s[i * TAG_COUNT + j] as number) + (add[j] as number);
      }
    }
    const tags = decodeSums(model, s, margins?.[k], typeScores?.[k], opens[k]);
    return withLastSyllables(words, spansFromTags(tags));
  });
}
