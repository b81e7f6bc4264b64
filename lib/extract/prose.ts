import { COMMENTS_WORDS, FURNITURE_WORDS, longerThan } from './clean';
import { collapseWhitespace } from './to-text';

// Subtrees whose paragraphs are never the article's: navigation, asides, footers, forms, code.
const SKIP = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'A',
  'BUTTON',
]);
// A paragraph this long, with few links, is prose.
const MIN_PROSE_CHARS = 100;
const MAX_LINK_SHARE = 0.3;

/**
 * How many characters of prose the page holds: the paragraphs (<p>) of a sentence or more with
 * few links, outside navigation, asides, footers, forms, comments and marked furniture (share
 * bars, related lists). Compared with what an extraction found, it tells whether a container
 * was missed; one walk, only taken when the extraction came out short.
 */
export function proseChars(doc: Document): number {
  let total = 0;
  const walk = (node: Element) => {
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (marks.length > 1) {
        if (COMMENTS_WORDS.test(marks)) continue;
        // As removeFurniture judges it: a long element is body text, whatever its class says.
        if (FURNITURE_WORDS.test(marks) && !longerThan(el, 600)) continue;
      }
      if (tag === 'P') {
        const text = collapseWhitespace(el.textContent ?? '').trim();
        if (text.length < MIN_PROSE_CHARS) continue;
        if (linkChars(el) <= text.length * MAX_LINK_SHARE) total += text.length;
        continue;
      }
      walk(el);
    }
  };
  if (doc.body) walk(doc.body);
  return total;
}

/** Characters of link text under `el` (a walk: linkedom's querySelectorAll scans much more). */
function linkChars(el: Element): number {
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    n += child.tagName.toUpperCase() === 'A' ? (child.textContent ?? '').length : linkChars(child);
  }
  return n;
}
