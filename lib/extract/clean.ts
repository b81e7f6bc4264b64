import type { Caption } from '../article';
import { normalizeInline } from './to-text';

// Class or id words of page furniture (share bars, tag lists, "related" boxes, banners), matched
// as whole words or dash/underscore-separated parts of one: "social-share", "tags_list".
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:share|sharing|social|sharebar|tags|taglist|keywords|newsletter|related|breadcrumbs?|cookies?|consent|subscribe|subscription|promo|outbrain|taboola)(?=[\s_-]|$)/i;

// Reader comments are never article text, however long: removed whatever their size.
const COMMENTS_WORDS =
  /(?:^|\s)(?:comments|comments-area|comment-list|commentlist|comment-respond|respond|disqus_thread|reader-comments)(?=\s|$)/i;

// Headings that open a list of other articles rather than the article's own text.
const RELATED_HEADING =
  /^(les plus lus|lire aussi|à lire aussi|a lire aussi|sur le même sujet|voir aussi|dans la même rubrique|read more|read next|more from|most read|most popular|related( stories| articles| coverage)?|see also|recommended|lea también|más leídas|mehr zum thema|meistgelesen|auch interessant)\b/i;

// A paragraph that only points to the original ("Source link"), at the end of republished text.
const SOURCE_TAIL =
  /^(source link|source|sources?\s*:.*|lien source|lien vers la source|read the original( article)?|original article|continue reading|read more|lire la suite|fuente|quelle)$/i;

// An element this long is body text, whatever its class says.
const MAX_FURNITURE_CHARS = 600;

/**
 * Removes page furniture from a clone before Readability sees it and takes image captions out of
 * the text. Rules are structural (class tokens, roles, headings) plus phrase lists in several
 * languages, never per site. Readability drops class names, so this must run first.
 */
export function removeFurniture(doc: Document): Caption[] {
  // One walk collects the three kinds of candidates: linkedom's selector engine scans the whole
  // tree once per query, and this runs on every page before Readability.
  const figcaptions: Element[] = [];
  const marked: Element[] = [];
  const headings: Element[] = [];
  const walk = (node: Element) => {
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.tagName.toUpperCase();
      if (tag === 'FIGCAPTION') figcaptions.push(el);
      else if (/^H[2-6]$/.test(tag)) headings.push(el);
      if (el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('role')) {
        marked.push(el);
      }
      walk(el);
    }
  };
  if (doc.documentElement) walk(doc.documentElement);
  const captions: Caption[] = [];
  for (const figcaption of figcaptions) {
    const creditEl = figcaption.querySelector('[class*="credit"], [class*="copyright"], small');
    const credit = creditEl ? normalizeInline(creditEl.textContent ?? '') : null;
    creditEl?.remove();
    const text = normalizeInline(figcaption.textContent ?? '');
    if (text || credit) captions.push({ text, credit: credit || null });
    figcaption.remove();
  }
  for (const el of marked) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (COMMENTS_WORDS.test(words)) {
      el.remove();
      continue;
    }
    const role = el.getAttribute('role');
    const isFurniture =
      role === 'navigation' || role === 'complementary' || FURNITURE_WORDS.test(words);
    if (isFurniture && (el.textContent ?? '').length <= MAX_FURNITURE_CHARS) el.remove();
  }
  for (const heading of headings) {
    if (!RELATED_HEADING.test(normalizeInline(heading.textContent ?? ''))) continue;
    const next = heading.nextElementSibling;
    if (next && /^(UL|OL)$/i.test(next.tagName)) next.remove();
    heading.remove();
  }
  return captions;
}

/**
 * Tidies Readability's output element: drops blocks that hold only a date, and the trailing
 * "Source link" style pointers at the end.
 */
export function tidyContent(root: Element): void {
  // From each <time> up to its blocks: one query for the rare <time>, not one per block.
  for (const time of Array.from(root.querySelectorAll('time'))) {
    let block: Element | null = time.parentElement;
    while (block && block !== root && !/^(P|DIV)$/i.test(block.tagName)) {
      block = block.parentElement;
    }
    if (!block || block === root || !root.contains(block)) continue;
    const withoutTimes = Array.from(block.childNodes)
      .filter((n) => !(n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'TIME'))
      .map((n) => n.textContent ?? '')
      .join('');
    if (/^[\s\p{P}\p{S}]*$/u.test(withoutTimes)) block.remove();
  }
  // Walk back from the end: a tail may hold several pointers ("Source link", "Read more").
  const blocks = Array.from(root.querySelectorAll('p, li, div'));
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 4; i--) {
    const block = blocks[i]!;
    const text = normalizeInline(block.textContent ?? '');
    if (text ? !SOURCE_TAIL.test(text) : block.querySelector('img, picture, video')) break;
    block.remove();
  }
}
