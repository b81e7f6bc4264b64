/** A sentence's UTF-16 range in the text, and whether it sits in the lead (first paragraph). */
export interface SentenceRange {
  start: number;
  end: number;
  lead: boolean;
}

// One segmenter per locale: construction is the expensive part.
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Longest piece handed to Intl.Segmenter: its cost grows faster than linearly on long strings. */
const PIECE = 2000;

/** Cuts a long paragraph at sentence ends (else spaces) into pieces of at most PIECE units. */
function pieces(text: string): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  while (text.length - pos > PIECE) {
    const window = text.slice(pos, pos + PIECE);
    let cut = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('! '),
      window.lastIndexOf('? '),
    );
    if (cut <= 0) cut = window.lastIndexOf(' ');
    cut = cut <= 0 ? PIECE : cut + 1;
    out.push([pos, pos + cut]);
    pos += cut;
  }
  out.push([pos, text.length]);
  return out;
}

/** Splits text into sentences (Intl.Segmenter) within paragraphs (blank-line separated). */
export function segmentSentences(text: string, lang: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const seg = sentenceSegmenter(lang);
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = paragraph.exec(text)) !== null) {
    if (!m[0].trim()) continue;
    for (const [from, to] of pieces(m[0])) {
      for (const s of seg.segment(m[0].slice(from, to))) {
        const start = m.index + from + s.index;
        const trimmed = s.segment.trimEnd();
        if (trimmed.trim()) out.push({ start, end: start + trimmed.length, lead: first });
      }
    }
    first = false;
  }
  return out;
}
