// Marks a space before or after which a line must not break: French typography sets a space
// inside guillemets and before "»", ":", ";", "!", "?" that belongs to the word beside it.
const OPENING = /[«“‹]$/;
const CLOSING = /^[»”›:;!?]+[,.…)]*$/;

/** One run of a text: `whole` runs are words a line must not break between. */
export interface TextRun {
  text: string;
  whole: boolean;
}

// The last two words of a text of this many words or more wrap together, when they are short
// enough for a narrow line: a headline never ends on one word alone on its last line ("Tiger
// Woods wins the Masters for his 15th major" / "title" in the 380 px popup).
const MIN_WORDS_GLUED = 4;
const MAX_LAST_TWO = 24;

/**
 * A headline cut into runs so that a line never starts with "»" or ":" nor ends with "«": the
 * words on either side of such a space form one whole run ("« plein", "soutien »",
 * "Notre-Dame :"); nor does its last line hold its last word alone ("major title"). The other
 * spaces stay where they were. The runs' texts, concatenated, are the text itself (what a screen
 * reader and a search read is unchanged).
 */
export function keepTogether(text: string): TextRun[] {
  const words = text.split(' ');
  const runs: TextRun[] = [];
  let run = words[0] ?? '';
  let glued = false;
  const last = words.length - 1;
  const lastTwo =
    words.filter((w) => w !== '').length >= MIN_WORDS_GLUED &&
    words[last] !== '' &&
    words[last - 1] !== '' &&
    `${words[last - 1]} ${words[last]}`.length <= MAX_LAST_TWO;
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!;
    const word = words[i]!;
    const glue =
      (OPENING.test(before) && word !== '') ||
      (CLOSING.test(word) && before !== '') ||
      (i === last && lastTwo);
    if (glue) {
      run += ` ${word}`;
      glued = true;
      continue;
    }
    runs.push({ text: run, whole: glued });
    runs.push({ text: ' ', whole: false });
    run = word;
    glued = false;
  }
  runs.push({ text: run, whole: glued });
  // Neighbouring plain runs as one text.
  return runs.reduce<TextRun[]>((out, r) => {
    const last = out.at(-1);
    if (last && !last.whole && !r.whole) last.text += r.text;
    else out.push({ ...r });
    return out;
  }, []);
}
