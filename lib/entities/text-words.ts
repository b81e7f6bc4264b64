/**
 * The words a document's text writes whole, found once per text and shared by the rules that
 * ask whether the page writes a word on its own ("Frieden" beside "Friede", "Müller" for
 * "Müllers Buch") or as a compound's last part ("Kräutertee" for "Tee"). Asking a regex over
 * the whole text for each entity cost work per entity times the text's length (speed44).
 */

/** The runs of letters and marks of one text, in sets and buckets. */
export interface TextWords {
  /** Every maximal run of letters and marks ("Salz", "Wasser" in "Salz-Wasser"). */
  words: Set<string>;
  /** The runs with no hyphen on either side ("Salz" in "Salz und Wasser", not "Salz-Wasser"). */
  unhyphenated: Set<string>;
  /** The unhyphenated runs that open with a capital, by their last three code units. */
  capitalByEnd: Map<string, string[]>;
}

const RUN = /[\p{L}\p{M}]+/gu;
const CAPITAL_FIRST = /^\p{Lu}/u;

let lastText: string | null = null;
let lastWords: TextWords | null = null;

/** The words of `text` (the last text asked for is kept: a document's rules ask in turn). */
export function textWords(text: string): TextWords {
  if (text === lastText && lastWords !== null) return lastWords;
  const words = new Set<string>();
  const unhyphenated = new Set<string>();
  const capitalByEnd = new Map<string, string[]>();
  for (const m of text.matchAll(RUN)) {
    const w = m[0];
    words.add(w);
    const start = m.index;
    if (text[start - 1] === '-' || text[start + w.length] === '-' || unhyphenated.has(w)) continue;
    unhyphenated.add(w);
    if (!CAPITAL_FIRST.test(w)) continue;
    const end = w.slice(-3);
    const bucket = capitalByEnd.get(end);
    if (bucket) bucket.push(w);
    else capitalByEnd.set(end, [w]);
  }
  lastText = text;
  lastWords = { words, unhyphenated, capitalByEnd };
  return lastWords;
}
