import { refineSpans } from '@/lib/entities/refine-spans';
import type { EntityType, TokenSpan } from '@/lib/entities/tags';
import { tokenize } from '@/lib/entities/tokenize';

/** The words of `text` as the recogniser tokenises them. */
export const wordsOf = (text: string): string[] =>
  tokenize(text, 0, text.length).map((t) => t.text);

/** The token span of `part` (as tokenised) in `words`, typed `type`. */
export function spanOf(words: string[], part: string, type: EntityType): TokenSpan {
  const p = wordsOf(part);
  for (let i = 0; i + p.length <= words.length; i++) {
    if (p.every((w, k) => words[i + k] === w)) return { start: i, end: i + p.length, type };
  }
  throw new Error(`"${part}" not in ${words.join(' ')}`);
}

/** refineSpans over the tagger's spans given as [words, type]; names read back as [words, type]. */
export function refined(
  text: string,
  tagged: [string, EntityType][],
  lang = 'en',
  known: (words: readonly string[]) => EntityType | undefined = () => undefined,
): [string, EntityType][] {
  const words = wordsOf(text);
  const spans = tagged.map(([part, type]) => spanOf(words, part, type));
  return refineSpans(words, spans, { lang, known }).map((s) => [
    words.slice(s.start, s.end).join(' '),
    s.type,
  ]);
}

/** An entity of one mention, the first of `name` in `text`, that the tagger was sure of. */
export function entityIn(text: string, name: string, type: EntityType) {
  const start = text.indexOf(name);
  return {
    id: `x:${name}`,
    type,
    name,
    salience: 1,
    mentions: [{ start, end: start + name.length, text: name }],
    margin: 20,
  };
}

/**
 * A rule over an article's sentences (`rule(sentences, spans)`, changing `spans` in place: an
 * English or Spanish document rule), run on `texts` tagged [words, type] per sentence; the names
 * read back per sentence as [words, type].
 */
export function afterDocumentRule(
  texts: string[],
  tagged: [string, EntityType][][],
  rule: (sentences: string[][], spans: TokenSpan[][]) => void,
): [string, EntityType][][] {
  const sentences = texts.map(wordsOf);
  const spans: TokenSpan[][] = sentences.map((ws, k) =>
    (tagged[k] ?? []).map(([part, type]) => spanOf(ws, part, type)),
  );
  rule(sentences, spans);
  return spans.map((ss, k) =>
    ss.map((s) => [(sentences[k] as string[]).slice(s.start, s.end).join(' '), s.type]),
  );
}
