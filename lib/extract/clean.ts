import type { Caption } from '../article';
import { isJsonLdScript } from './json-ld';
import { isDatePublishedElement, type PageElements } from './metadata';
import { normalizeInline } from './to-text';

// Class or id words of page furniture (share bars, tag lists, "related" boxes, banners), matched
// as whole words or dash/underscore-separated parts of one: "social-share", "tags_list".
export const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:share|sharing|social|sharebar|tags|taglist|keywords|newsletter|related|breadcrumbs?|cookies?|consent|subscribe|subscription|promo|outbrain|taboola)(?=[\s_-]|$)/i;

// Reader comments are never article text, however long: removed whatever their size.
export const COMMENTS_WORDS =
  /(?:^|\s)(?:comments|comments-area|comment-list|commentlist|comment-respond|respond|disqus_thread|reader-comments)(?=\s|$)/i;

// The author's box, usually at the end: "author-bio", "about-the-author", "post-author", "entry-author-info".
const AUTHOR_BOX =
  /(?:^|[\s_-])(?:(?:author|autor|autoren)[-_]*(?:bio|box|info|infos|description|profile|details|card|wrap|about)|about[-_]*(?:the[-_]*)?author|post[-_]*author|entry[-_]*author|saboxplugin[-\w]*)(?=[\s_-]|$)/i;
const MIN_AUTHOR_BIO_CHARS = 100;
const MAX_AUTHOR_BOX_CHARS = 1500;

// Image captions and credits that are not <figcaption>: "wp-caption-text", "image-caption".
const CAPTION_WORDS =
  /(?:^|[\s_-])(?:wp-caption-text|caption|captions|image-caption|photo-caption|img-caption|bildunterschrift|legende|image-credit|photo-credit|image-annotation)(?=[\s_-]|$)/i;
const MAX_CAPTION_CHARS = 400;
// "no_caption", "has-no-caption": an item without a caption, whose text is the article's.
const NO_CAPTION = /(?:^|[\s_-])(?:no|without)[-_]captions?(?=[\s_-]|$)/i;

// Captions marked by class are only marked before Readability, and dropped from its result:
// taken out before, they change its scoring (a block of images and headings losing its caption
// paragraphs is then dropped as an image gallery, with the article's subheading).
const DROP_AFTER = 'data-backstory-drop';

// Headings that open a list of other articles rather than the article's own text.
const RELATED_HEADING =
  /^(les plus lus|lire aussi|à lire aussi|a lire aussi|sur le même sujet|voir aussi|dans la même rubrique|read more|read next|more from|most read|most popular|related( stories| articles| coverage)?|see also|recommended|lea también|más leídas|mehr zum thema|meistgelesen|auch interessant)\b/i;

// A paragraph that only points to the original ("Source link"), at the end of republished text.
const SOURCE_TAIL =
  /^(source link|source|sources?\s*:.*|lien source|lien vers la source|read the original( article)?|original article|continue reading|read more|lire la suite|fuente|quelle)$/i;

// NodeFilter.SHOW_ELEMENT (NodeFilter is not a global in Node).
const SHOW_ELEMENT = 0x1;

// An element this long is body text, whatever its class says.
const MAX_FURNITURE_CHARS = 600;

/**
 * Removes page furniture from a clone before Readability sees it and takes image captions out of
 * the text. Rules are structural (class tokens, roles, headings) plus phrase lists in several
 * languages, never per site. Readability drops class names, so this must run first.
 */
export function removeFurniture(doc: Document): {
  captions: Caption[];
  elements: number;
  /** The page's <meta>, <link> and JSON-LD scripts, for readMetadata (found before any removal). */
  found: PageElements;
} {
  // One flat pass over the elements (a TreeWalker) collects the three kinds of candidates:
  // linkedom's selector engine scans the whole tree once per query, and this runs on every page
  // before Readability.
  const figcaptions: Element[] = [];
  const marked: Element[] = [];
  const headings: Element[] = [];
  // Counted on the way (the page-size guard), instead of a querySelectorAll('*') of its own.
  let elements = 1;
  const root = doc.documentElement;
  const walker = root ? doc.createTreeWalker(root, SHOW_ELEMENT) : null;
  // The last <figcaption>: taken whole below, credit included, so nothing inside it is counted or
  // judged apart (its elements follow it in the pass, and end where one is not inside).
  let openCaption: Element | null = null;
  const found: PageElements = { metas: [], links: [], jsonLdScripts: [], datePublished: null };
  for (let node = walker?.nextNode(); node; node = walker!.nextNode()) {
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    // Collected here so that readMetadata does not walk the page for them again, and neither
    // Readability nor readMetadata scans the page for JSON-LD that is not there (most pages have
    // none); in a caption too.
    if (tag === 'META') found.metas.push(el);
    else if (tag === 'LINK') found.links.push(el);
    else if (tag === 'SCRIPT' && isJsonLdScript(el)) found.jsonLdScripts.push(el);
    const hasAttributes = el.hasAttributes();
    if (!found.datePublished && hasAttributes && isDatePublishedElement(el, root!)) {
      found.datePublished = el;
    }
    if (openCaption) {
      if (openCaption.contains(el)) continue;
      openCaption = null;
    }
    elements++;
    if (tag === 'FIGCAPTION') {
      figcaptions.push(el);
      openCaption = el;
      continue;
    }
    if (/^H[2-6]$/.test(tag)) headings.push(el);
    // Most elements have no attribute at all: one check for them instead of three look-ups.
    if (
      hasAttributes &&
      (el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('role'))
    ) {
      marked.push(el);
    }
  }
  const captions: Caption[] = [];
  for (const figcaption of figcaptions) {
    const creditEl = findCredit(figcaption);
    const credit = creditEl ? normalizeInline(creditEl.textContent ?? '') : null;
    creditEl?.remove();
    const text = normalizeInline(figcaption.textContent ?? '');
    if (text || credit) captions.push({ text, credit: credit || null });
    figcaption.remove();
  }
  const takenCaptions = new Set<Element>();
  for (const el of marked) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (COMMENTS_WORDS.test(words)) {
      el.remove();
      continue;
    }
    if (AUTHOR_BOX.test(words)) {
      // A bio, not a byline: Readability reads the byline from such boxes, so short ones stay.
      const length = normalizeInline(el.textContent ?? '').length;
      // Removed before Readability, unlike captions: a bio is a classic wrong pick of its.
      if (length >= MIN_AUTHOR_BIO_CHARS && length <= MAX_AUTHOR_BOX_CHARS) el.remove();
      continue;
    }
    if (
      CAPTION_WORDS.test(words) &&
      !NO_CAPTION.test(words) &&
      !/^(FIGURE|BODY|HTML|ARTICLE|MAIN)$/i.test(el.tagName)
    ) {
      const text = normalizeInline(el.textContent ?? '');
      // A caption inside one already taken ("wp-caption" > "wp-caption-text") is not another.
      if (text.length <= MAX_CAPTION_CHARS && !hasAncestorIn(el, takenCaptions)) {
        if (text) captions.push({ text, credit: null });
        takenCaptions.add(el);
        el.setAttribute(DROP_AFTER, '');
      }
      continue;
    }
    const role = el.getAttribute('role');
    const isFurniture =
      role === 'navigation' || role === 'complementary' || FURNITURE_WORDS.test(words);
    if (isFurniture && !longerThan(el, MAX_FURNITURE_CHARS)) el.remove();
  }
  for (const heading of headings) {
    if (!RELATED_HEADING.test(normalizeInline(heading.textContent ?? ''))) continue;
    const next = heading.nextElementSibling;
    if (next && /^(UL|OL)$/i.test(next.tagName)) next.remove();
    heading.remove();
  }
  return { captions, elements, found };
}

/**
 * The caption's credit: what `querySelector('[class*="credit"], [class*="copyright"], small')`
 * finds, by a walk (linkedom compiles a selector on every query; most pages have captions).
 */
function findCredit(root: Element): Element | null {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'TEMPLATE') continue; // Not entered by querySelector.
    const cls = el.getAttribute('class') ?? '';
    if (tag === 'SMALL' || cls.includes('credit') || cls.includes('copyright')) return el;
    const inner = findCredit(el);
    if (inner) return inner;
  }
  return null;
}

/**
 * Tidies Readability's output element: drops what removeFurniture marked (captions marked by
 * class), blocks that hold only a date, and the trailing "Source link" style pointers.
 */
export function tidyContent(root: Element): void {
  // One walk collects what the three steps need (linkedom compiles a selector on every query):
  // the marked captions (not entered), the <time>s, and the blocks in document order.
  const drops: Element[] = [];
  const times: Element[] = [];
  const blocks: Element[] = [];
  const walk = (node: Element) => {
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      if (el.hasAttribute(DROP_AFTER)) {
        drops.push(el);
        continue;
      }
      const tag = el.tagName.toUpperCase();
      if (tag === 'TIME') times.push(el);
      else if (tag === 'P' || tag === 'LI' || tag === 'DIV') blocks.push(el);
      walk(el);
    }
  };
  walk(root);
  for (const el of drops) el.remove();
  const removed = new Set<Element>();
  // From each <time> up to its blocks: the rare <time>, not every block.
  for (const time of times) {
    // A duration (datetime "PT30M", itemprop "cookTime": a recipe's times) is content, not a date.
    if (
      /^\s*P(\d|T)/i.test(time.getAttribute('datetime') ?? '') ||
      /(prep|cook|total|perform)Time|duration/i.test(time.getAttribute('itemprop') ?? '')
    ) {
      continue;
    }
    let block: Element | null = time.parentElement;
    while (block && block !== root && !/^(P|DIV)$/i.test(block.tagName)) {
      block = block.parentElement;
    }
    if (!block || block === root || !root.contains(block)) continue;
    const withoutTimes = Array.from(block.childNodes)
      .filter((n) => !(n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'TIME'))
      .map((n) => n.textContent ?? '')
      .join('');
    if (/^[\s\p{P}\p{S}]*$/u.test(withoutTimes)) {
      block.remove();
      removed.add(block);
    }
  }
  // Walk back from the end: a tail may hold several pointers ("Source link", "Read more").
  const left = removed.size ? blocks.filter((b) => !hasAncestorIn(b, removed, true)) : blocks;
  for (let i = left.length - 1; i >= 0 && i >= left.length - 4; i--) {
    const block = left[i]!;
    const text = normalizeInline(block.textContent ?? '');
    if (text ? !SOURCE_TAIL.test(text) : block.querySelector('img, picture, video')) break;
    block.remove();
  }
}

/**
 * Whether the element's text is longer than `max` characters, read only as far as needed: a
 * furniture class on a page-wide wrapper would otherwise cost the whole page's text.
 */
export function longerThan(el: Element, max: number): boolean {
  let n = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        n += (child.nodeValue ?? '').length;
        if (n > max) return true;
      } else if (child.nodeType === 1 && walk(child)) {
        return true;
      }
    }
    return false;
  };
  return walk(el);
}

function hasAncestorIn(el: Element, set: Set<Element>, orSelf = false): boolean {
  if (set.size === 0) return false;
  if (orSelf && set.has(el)) return true;
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
