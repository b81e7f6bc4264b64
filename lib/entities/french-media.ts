import type { TokenSpan } from './tags';

// What follows "France" in the names of the French public broadcasters: France 2, France 3,
// France 5, France 24, France Ô, France Info (franceinfo), France Inter, France Culture, France
// Bleu, France Musique, France Télévisions. A closed list: the whole French press names them.
const CHANNEL_NUMBERS = new Set(['2', '3', '4', '5', '24', 'Ô']);
const CHANNEL_WORDS = new Set(['info', 'inter', 'culture', 'bleu', 'musique', 'télévisions']);
// A number after "France" that is a quantity or a score, not a channel: "en France 3 millions",
// "France 2-1", "France 2 - 1" (a dash before a word is a separator: "France 2 – Grève").
const QUANTITY_AFTER = /^(?:\d.*|millions?|milliards?|mille|fois|ans|%|euros?|€)$/iu;

/**
 * A French public broadcaster the tagger read as the country ("l'invitée de France info",
 * "Reportage France 3"): the span "France" alone, then a channel's word or number, becomes the
 * organisation of both words, so the country's card does not describe the channel. `null` when
 * the span is no such name.
 */
export function broadcasterSpan(words: readonly string[], s: TokenSpan): TokenSpan | null {
  if (s.end - s.start !== 1 || words[s.start] !== 'France') return null;
  const next = words[s.end];
  if (next === undefined) return null;
  if (CHANNEL_NUMBERS.has(next)) {
    const after = words[s.end + 1] ?? '';
    const score = /^[-–:]$/u.test(after) && /^\d/u.test(words[s.end + 2] ?? '');
    return score || QUANTITY_AFTER.test(after) ? null : wider(s);
  }
  return CHANNEL_WORDS.has(next.toLowerCase()) ? wider(s) : null;
}

function wider(s: TokenSpan): TokenSpan {
  return { ...s, end: s.end + 1, type: 'ORG' };
}
