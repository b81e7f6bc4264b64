const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

// Never text: code, media, form controls, ruby annotations (the readings printed over Japanese
// and Chinese characters: 子<rt>こ</rt>ども is the word 子ども, not 子こども). Captions are
// collected apart (see clean.ts).
const SKIP_TAGS = new Set([
  'RT',
  'RP',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'FIGCAPTION',
  'IMG',
  'PICTURE',
  'SVG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'MATH',
]);

/**
 * Invisible characters removed from text. Removed: ZERO WIDTH SPACE, WORD JOINER, BOM / ZERO
 * WIDTH NO-BREAK SPACE, SOFT HYPHEN and the bidi embedding controls: they carry no meaning in
 * extracted prose and break search and entity matching. Kept: ZWJ and ZWNJ (U+200D, U+200C),
 * which change how Persian, Indic scripts and emoji are written, and the bidi marks
 * LRM/RLM (U+200E/F), which keep mixed-direction text readable.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g;

// Anything normalizeInline would change: an invisible character, whitespace other than one plain
// space, two spaces in a row, a space at either end.
const INVISIBLE_ANY = /[\u200B\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/;
const NEEDS_NORMALIZING = /[\u200B\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]|[^\S ]| {2}|^ | $/;

// Runs of horizontal whitespace (NBSP too) to become one space. Only what changes is matched: a
// run of two or more, or one character other than a plain space. Matching every run, single
// spaces included, made a replacement per word (most of the time of normalising a paragraph).
const SPACE_RUNS =
  /[ \t\r\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\r\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Runs of any whitespace (\s), to become one space: as `/\s+/g`, matching only what changes.
const WHITESPACE_RUNS = /\s{2,}|[^\S ]/g;

/** Every run of whitespace (\s, line breaks too) as one space: `s.replace(/\s+/g, ' ')`. */
export function collapseWhitespace(s: string): string {
  return s.replace(WHITESPACE_RUNS, ' ');
}

/**
 * A text as the lead and split-body searches compare it for containment: normalizeInline, every
 * run of whitespace as one space, lower case.
 */
export function foldInline(s: string): string {
  return collapseWhitespace(normalizeInline(s)).toLowerCase();
}

/** Normalises the whitespace of one paragraph: every run of spaces (NBSP too) becomes one. */
export function normalizeInline(s: string): string {
  // Most strings need nothing: one scan instead of four replacements.
  if (!NEEDS_NORMALIZING.test(s)) return s;
  // Each step only where it has work: most text needs only its runs of spaces and its ends.
  let t = INVISIBLE_ANY.test(s) ? s.replace(INVISIBLE, '') : s;
  t = t.replace(SPACE_RUNS, ' ');
  if (t.includes('\n')) t = t.replace(/ ?\n ?/g, '\n');
  return t.trim();
}

/**
 * Turns an element's content into plain text: one paragraph per block, paragraphs separated by
 * one blank line, whitespace normalised, invisible junk removed.
 */
export function elementToText(root: Element): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const p = normalizeInline(buffer);
    if (p) paragraphs.push(p);
    buffer = '';
  };
  const walk = (node: Node, pre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        buffer += pre ? text : collapseWhitespace(text);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          buffer += '\n';
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child, pre || tag === 'PRE');
          flush();
        } else {
          walk(child, pre);
        }
      }
    }
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
