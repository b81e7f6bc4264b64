import { normalizeInline } from './to-text';

// Elements whose text is never the article's lead.
const SKIP = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER']);
// Containers a lead may stand in on its own (not inline elements, which hold part of it).
const LEAD_BLOCKS = new Set([
  'P',
  'DIV',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'HEADER',
  'SPAN',
]);
// A description shorter than this is a tagline, not a lead.
const MIN_LEAD_CHARS = 40;
// How much of the description must be found as it stands: descriptions are often cut ("…").
const KEY_CHARS = 60;
const PROBE_CHARS = 30;

const fold = (s: string) => normalizeInline(s).replace(/\s+/g, ' ').toLowerCase();

/**
 * The article's lead (standfirst) when the page shows it apart from the body, out of
 * Readability's reach: many sites set it above the text, between the headline and the body, and
 * repeat it as the page's description. When the extracted text lacks the description and a block
 * of the page shows it, as text and not as a link, that block's text is the lead; else null.
 */
export function findLead(doc: Document, description: string | null, text: string): string | null {
  const desc = fold(description ?? '').replace(/\s*(\.\.\.|…|\[…\]|\[\.\.\.\])$/u, '');
  if (desc.length < MIN_LEAD_CHARS) return null;
  const key = desc.slice(0, KEY_CHARS);
  if (fold(text).includes(key)) return null;
  // The description's first characters as written: a cheap test before the folded comparison.
  const head = normalizeInline(description ?? '').slice(0, 12);
  const found = findText(doc.body, head, desc.slice(0, PROBE_CHARS));
  if (!found) return null;
  for (let el = found.parentElement; el && el !== doc.body; el = el.parentElement) {
    if (/^(A|BUTTON|LABEL)$/i.test(el.tagName)) return null;
  }
  for (let el = found.parentElement; el && el !== doc.body; el = el.parentElement) {
    if (!LEAD_BLOCKS.has(el.tagName.toUpperCase())) continue;
    const lead = normalizeInline(el.textContent ?? '').replace(/\s+/g, ' ');
    if (!lead.toLowerCase().includes(key)) continue;
    // A block much longer than the description is the container of more than the lead.
    return lead.length <= desc.length * 1.5 + 100 ? lead : null;
  }
  return null;
}

/** The first text node under root (skipping code, navigation and footers) holding `probe`. */
function findText(root: Element | null, head: string, probe: string): Text | null {
  if (!root) return null;
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      if (value.length >= PROBE_CHARS && value.includes(head) && fold(value).includes(probe)) {
        return child as Text;
      }
    } else if (child.nodeType === 1) {
      if (SKIP.has((child as Element).tagName.toUpperCase())) continue;
      const inner = findText(child as Element, head, probe);
      if (inner) return inner;
    }
  }
  return null;
}
