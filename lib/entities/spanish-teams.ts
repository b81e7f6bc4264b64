import { foldName } from './fold-name';
import { sportsText } from './org-evidence';
import type { TokenSpan } from './tags';

// A match's score written as one word ("0-1", "3-1", "2x1"), or "vs" ("vs.") between two sides.
const SCORE = /^\d{1,3}[-–x]\d{1,3}$/u;
const VERSUS = new Set(['vs', 'VS', 'Vs']);
const NUMBER = /^\d{1,3}$/u;

const INITIAL_CAPITAL = /^\p{Lu}/u;

/** Whether `w` opens with a capital letter (a side's name the tagger may have left out). */
function capitalised(w: string | undefined): boolean {
  return w !== undefined && INITIAL_CAPITAL.test(w);
}

/**
 * The number of words of a match's mark (a score, "vs", "vs .") at `i`, or 0: "0-1", "2x1",
 * "vs", "vs .".
 */
function markAt(words: readonly string[], i: number): number {
  const w = words[i];
  if (w === undefined) return 0;
  if (SCORE.test(w)) return 1;
  if (!VERSUS.has(w)) return 0;
  return words[i + 1] === '.' ? 2 : 1;
}

/**
 * Whether span `s` stands as a side of a match: a score or "vs" between it and a capitalised
 * word (a side the tagger may have left out), after it ("SAPRISSA 0-1 HEREDIANO", "Santos vs.
 * Saprissa") or before it.
 */
function markedSide(words: readonly string[], s: TokenSpan): boolean {
  const after = markAt(words, s.end);
  if (after && capitalised(words[s.end + after])) return true;
  for (const n of [1, 2]) {
    const i = s.start - n;
    if (i > 0 && markAt(words, i) === n && capitalised(words[i - 1])) return true;
  }
  return false;
}

/**
 * Whether spans `a` and `b` are a match's two sides, each followed by its points: "Real Madrid
 * 83 - Adecco Estudiantes 73", "Gales , 0 - Brasil , 3".
 */
function pointsPair(words: readonly string[], a: TokenSpan, b: TokenSpan): boolean {
  const between = words.slice(a.end, b.start);
  const comma = between[0] === ',' ? 1 : 0;
  if (between.length !== 2 + comma || between[1 + comma] !== '-') return false;
  if (!NUMBER.test(between[comma] as string)) return false;
  return NUMBER.test(words[b.end + comma] ?? '') && (!comma || words[b.end] === ',');
}

/** A span's words, folded, as the key of a name across the article ("HEREDIANO", "Herediano"). */
function keyOf(words: readonly string[], s: TokenSpan): string {
  return foldName(words.slice(s.start, s.end).join(' '));
}

/**
 * "SAPRISSA 0-1 HEREDIANO", "Herediano vs San Carlos": in a Spanish article, a name that stands
 * twice or more as a side of a match (a score or "vs" between it and another name, matchSides)
 * is a team, an organisation, in every sentence of the article; the tagger reads a club named by
 * an adjective of origin ("Herediano", "Cartaginés") or after a person ("Pérez Zeledón",
 * "Saprissa") as a person, a club named after its town as a place. Twice: one score between two
 * persons may be a tennis or chess result. Runs per article, after the span rules.
 */
export function alignSpanishTeams(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
): void {
  const sides = new Map<string, number>();
  sentences.forEach((words, k) => {
    const ss = spans[k] as TokenSpan[];
    ss.forEach((s, j) => {
      const prev = ss[j - 1];
      const next = ss[j + 1];
      const side =
        markedSide(words, s) ||
        (prev !== undefined && pointsPair(words, prev, s)) ||
        (next !== undefined && pointsPair(words, s, next));
      if (!side) return;
      const key = keyOf(words, s);
      sides.set(key, (sides.get(key) ?? 0) + 1);
    });
  });
  const teams = new Set([...sides].flatMap(([key, n]) => (n >= 2 ? [key] : [])));
  if (!teams.size) return;
  sentences.forEach((words, k) => {
    spans[k] = (spans[k] as TokenSpan[]).map((s) =>
      s.type !== 'ORG' && teams.has(keyOf(words, s)) ? { ...s, type: 'ORG', typedByRule: true } : s,
    );
  });
}

/**
 * Whether a side's points follow at `i` ("Gales , 0 - Brasil , 3", "… - Móstoles 1"): a score's
 * line, not a line-up; a player's minute has its mark ("Clunie 70 '").
 */
function pointsAfter(words: readonly string[], i: number): boolean {
  const comma = words[i] === ',' ? 1 : 0;
  if (!NUMBER.test(words[i + comma] ?? '')) return false;
  return comma === 1 || !/^['’]$/u.test(words[i + 1] ?? '');
}

/**
 * Whether a line-up's colon follows at `i`, after the team's points in brackets if any
 * ("3-Alajuelense:", "23 - Portland San Antonio ( 13+10 ) :"): the span before is the team.
 */
function lineUpHead(words: readonly string[], i: number): boolean {
  let j = i;
  if (words[j] === '(') {
    const close = words.indexOf(')', j);
    if (close < 0 || close > j + 4) return false;
    j = close + 1;
  }
  return words[j] === ':';
}

// What stands before a line-up's shirt number: a list's punctuation, a substitution's "por".
const NUMBER_OPENERS = new Set([',', ';', '(', ':', 'por']);

/**
 * "(30-Giovannie Clunie 70' (5.5))", "sale por 13-Enyell Escoe (7)": in a Spanish line-up, a name
 * right after a shirt number and its hyphen (tokenised apart: tokenize.ts pushNumberedName) is a
 * player, a person, where the tagger read an organisation or a place. Not the team that opens the
 * line-up, before its colon ("3-Alajuelense:", "23 - Portland San Antonio ( 13+10 ) :"), a side
 * of a score ("Gales , 0 - Alcorcón , 3"), nor a name the KB knows.
 */
export function numberedPlayers(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: (words: readonly string[]) => unknown,
): TokenSpan[] {
  if (lang !== 'es') return spans;
  return spans.map((s) => {
    if (s.type === 'PER' || s.start < 2 || lineUpHead(words, s.end)) return s;
    if (words[s.start - 1] !== '-' || !NUMBER.test(words[s.start - 2] as string)) return s;
    const opener = words[s.start - 3];
    if (opener !== undefined && !NUMBER_OPENERS.has(opener)) return s;
    if (known(words.slice(s.start, s.end)) || pointsAfter(words, s.end)) return s;
    return { ...s, type: 'PER', typedByRule: true };
  });
}

// The masculine articles, with "de" and "a" joined, that Spanish puts before a club named by its
// town ("el Barcelona", "del Valencia", "al Badajoz"), and the prepositions that name a place
// ("en Barcelona", "desde Valencia"): folded.
const CLUB_ARTICLES = new Set(['el', 'del', 'al']);
const PLACE_PREPOSITIONS = new Set(['en', 'desde', 'hacia', 'hasta']);

/**
 * "El Barcelona ganó", "la victoria del Valencia", "ligado al Badajoz": in a Spanish sports
 * report (sportsText), a town of one word the tagger read as a place and that a masculine
 * article opens (el, del, al) is a club: Spanish names a town without an article, and a club by
 * its town with "el" (for "el (club) Barcelona"). It is an organisation in every sentence of the
 * article, unless a mention follows a preposition of place ("en Barcelona", the town) or the name
 * is a country's (`isCountry`), which takes the article as a place ("el Perú", "del Japón").
 * Runs per article, after the span rules.
 */
export function alignSpanishClubs(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  isCountry: (name: string) => boolean,
): void {
  // The spans' cues first, and the mentions they would make clubs: the sports test reads the
  // whole text (a search per sports word), and most articles have no such mention, so it runs
  // only for those that do. Same result as testing the text first.
  const clubCue = new Set<string>();
  const placeCue = new Set<string>();
  const oneWordPlace = (s: TokenSpan) => s.type === 'LOC' && s.end - s.start === 1;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (!oneWordPlace(s)) continue;
      const before = foldName(words[s.start - 1] ?? '');
      if (CLUB_ARTICLES.has(before)) clubCue.add(keyOf(words, s));
      else if (PLACE_PREPOSITIONS.has(before)) placeCue.add(keyOf(words, s));
    }
  });
  if (!clubCue.size) return;
  const club = (words: readonly string[], s: TokenSpan) => {
    if (!oneWordPlace(s)) return false;
    const key = keyOf(words, s);
    return (
      clubCue.has(key) &&
      !placeCue.has(key) &&
      !CLUB_ARTICLES.has(key) &&
      !isCountry(words[s.start] as string)
    );
  };
  const any = sentences.some((words, k) => (spans[k] as TokenSpan[]).some((s) => club(words, s)));
  if (!any || !sportsText(sentences.map((w) => w.join(' ')).join('\n'), 'es')) return;
  sentences.forEach((words, k) => {
    spans[k] = (spans[k] as TokenSpan[]).map((s) =>
      club(words, s) ? { ...s, type: 'ORG', typedByRule: true } : s,
    );
  });
}

// Words that join a longer name's parts ("REAL MADRID CLUB DE FUTBOL"): a span's tail that holds
// one goes on with the name before it.
const NAME_LINKS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'i']);
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}.'’-]*$/u;

/**
 * Two clubs run into one name in a results table written in capitals ("1996 FC BARCELONA TEKA
 * SANTANDER ( 2 )": the champion and the runner-up): where the article writes a name of two
 * words or more alone ("ELGORRIAGA BIDASOA FC BARCELONA" split, or "FC BARCELONA" in a line of its
 * own), a span in capitals opening with it and going on with two capitalised words or more, none
 * a link ("CLUB DE FUTBOL"), is that name and a second one of the same type. Runs per article,
 * after the span rules; changes `spans` in place.
 */
export function splitJoinedCapsNames(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
): void {
  const alone = new Set<string>();
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.end - s.start >= 2) alone.add(keyOf(words, s));
    }
  });
  sentences.forEach((words, k) => {
    const list = spans[k] as TokenSpan[];
    if (!list.some((s) => s.end - s.start >= 4)) return;
    spans[k] = list.flatMap((s) => {
      const n = s.end - s.start;
      if (n < 4) return [s];
      const all = words.slice(s.start, s.end);
      if (!all.every((w) => CAPS_WORD.test(w) || w === '.')) return [s];
      for (let cut = s.end - 2; cut >= s.start + 2; cut--) {
        if (!alone.has(keyOf(words, { ...s, end: cut }))) continue;
        const tail = words.slice(cut, s.end);
        if (tail.some((w) => NAME_LINKS.has(foldName(w))) || !CAPS_WORD.test(tail[0] as string)) {
          return [s];
        }
        return [
          { ...s, end: cut },
          { ...s, start: cut },
        ];
      }
      return [s];
    });
  });
}
