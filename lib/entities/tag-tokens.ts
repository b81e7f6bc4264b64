import { type DocumentStats, extractFeatures, type WordInfo } from './features';
import type { Model } from './model';
import { tagSentence } from './tag-sentence';
import { spansFromTags, type TokenSpan } from './tags';
import { namesAfterTitles } from './title-spans';

const SHORT_NAME = /^\p{Lu}\p{Ll}{0,4}$/u;
const SYLLABLE = /^\p{Lu}\p{Ll}{0,2}$/u;

const INITIAL_CAPITAL = /^\p{Lu}/u;

/**
 * Whether the word after a person span completes a name of short syllables ("Kim Jong" + "Un",
 * "Xi" + "Jinping" is found by the model): every word so far short and title-case, the next one
 * a title-case syllable, and not followed by another capitalised word (a new sentence).
 */
function continuesName(words: readonly string[], s: TokenSpan): boolean {
  if (s.type !== 'PER' || s.end - s.start < 2 || s.end >= words.length) return false;
  for (let i = s.start; i < s.end; i++) if (!SHORT_NAME.test(words[i] as string)) return false;
  const after = words[s.end + 1];
  return (
    SYLLABLE.test(words[s.end] as string) && (after === undefined || !INITIAL_CAPITAL.test(after))
  );
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
  spans.forEach((s, k) => {
    const next = spans[k + 1];
    if ((!next || next.start > s.end) && continuesName(words, s)) s.end++;
  });
  return spans;
}
