import { collapseWhitespace, foldInline as fold, normalizeInline } from './to-text';

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
    const lead = collapseWhitespace(normalizeInline(el.textContent ?? ''));
    // A block much longer than the description is the container of more than the lead; so is
    // every block above it, whose text need not be read (up to the body's, on every ancestor).
    if (lead.length > desc.length * 1.5 + 100) return null;
    if (lead.toLowerCase().includes(key)) return lead;
  }
  return null;
}

interface Probe {
  /** The text's first characters as written: a cheap test before the folded comparison. */
  head: string;
  probe: string;
  /** The folded text the probe starts: a match must go on as it does (see goesOn). */
  whole?: string;
}

/**
 * The first text node under root (skipping code, navigation and footers) holding `probe`; with
 * `whole` (the folded text the probe starts), one whose text goes on as `whole` does, for up to
 * CONTINUE_CHARS: a standfirst that opens with the body's first sentence is not the body.
 */
function findText(root: Element | null, head: string, probe: string, whole?: string): Text | null {
  return findAnyText(root, [{ head, probe, whole }]);
}

/** The first text node, in page order, that any of `probes` finds: one walk for all of them. */
function findAnyText(root: Element | null, probes: Probe[]): Text | null {
  return findTexts(root, [probes])[0] ?? null;
}

/**
 * For each group of probes, the first text node in page order that one of them finds, outside
 * the SKIP elements: one pass over the page's text nodes for all the groups, which ends once each
 * has found its node. A flat pass (a TreeWalker) rather than a walk of the tree: whether a node
 * lies in a SKIP element is only asked of the rare node a probe finds.
 */
function findTexts(root: Element | null, groups: Probe[][]): (Text | null)[] {
  const found: (Text | null)[] = groups.map(() => null);
  let left = groups.length;
  if (!root || left === 0) return found;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length < PROBE_CHARS) continue;
    let folded: string | null = null;
    let skipped: boolean | null = null;
    for (let g = 0; g < groups.length && !skipped; g++) {
      if (found[g]) continue;
      for (const p of groups[g]!) {
        if (!value.includes(p.head)) continue;
        folded ??= fold(value);
        const at = folded.indexOf(p.probe);
        if (at < 0 || (p.whole && !goesOn(folded.slice(at, at + CONTINUE_CHARS), p.whole))) {
          continue;
        }
        skipped ??= inSkipped(node, root);
        if (!skipped) {
          found[g] = node as Text;
          left--;
        }
        break;
      }
    }
  }
  return found;
}

// NodeFilter.SHOW_TEXT (NodeFilter is not a global in Node).
const SHOW_TEXT = 0x4;

/** Whether `node` lies in a SKIP element below `root`. */
function inSkipped(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (SKIP.has(el.tagName.toUpperCase())) return true;
  }
  return false;
}

const CONTINUE_CHARS = 100;

function goesOn(rest: string, whole: string): boolean {
  return whole.startsWith(rest) || rest.startsWith(whole.slice(0, CONTINUE_CHARS));
}

/**
 * Where the body's text starts on the page: the text node of its first paragraph. A drop cap
 * (<span>P</span>lötzlich) splits the paragraph's first word from the rest, so each of the first
 * two paragraphs is also looked for from its second word on; all in one walk, the first found in
 * page order wins.
 */
export function findBodyStart(body: Element, text: string): Text | null {
  return findBodyStarts(body, [text])[0] ?? null;
}

/** findBodyStart for several texts, in one walk of the page. */
export function findBodyStarts(body: Element, texts: string[]): (Text | null)[] {
  const groups = texts.map(startProbes);
  const looked = findTexts(
    body,
    groups.filter((g) => g.length),
  );
  let i = 0;
  return groups.map((g) => (g.length ? (looked[i++] ?? null) : null));
}

function startProbes(text: string): Probe[] {
  const probes: Probe[] = [];
  for (const paragraph of text
    .split('\n\n')
    .filter((p) => p.length >= 60)
    .slice(0, 2)) {
    const p = normalizeInline(paragraph);
    const second = p.indexOf(' ') + 1;
    for (const offset of second > 0 && second < 20 ? [0, second] : [0]) {
      const from = p.slice(offset);
      const whole = foldStart(from);
      probes.push({ head: from.slice(0, 12), probe: whole.slice(0, PROBE_CHARS), whole });
    }
  }
  return probes;
}

/**
 * The first CONTINUE_CHARS characters of fold(s), all that a probe compares (see goesOn), folded
 * from the start of s only (twice that, then all of it if whitespace or invisible characters
 * took more): a paragraph may be thousands of characters long.
 */
function foldStart(s: string): string {
  const head = fold(s.slice(0, 2 * CONTINUE_CHARS));
  return head.length >= CONTINUE_CHARS || s.length <= 2 * CONTINUE_CHARS
    ? head.slice(0, CONTINUE_CHARS)
    : fold(s).slice(0, CONTINUE_CHARS);
}

// Class, id or itemprop words of a standfirst: "article-lead", "entry__subtitle", "chapo", "dek".
const STANDFIRST_WORDS =
  /(?:^|[\s_-])(?:lead|leader|lede|intro|introduction|teaser|chapo|chapeau|standfirst|subtitle|subheadline|subhead|summary|dek|deck|excerpt|abstract|description|sapo|entradilla|bajada|vorspann|anriss)(?=[\s_-]|$|\d)/i;
// Never a standfirst, whatever their class says: links, controls, navigation, figures, asides.
const NOT_STANDFIRST = new Set([
  'A',
  'BUTTON',
  'LABEL',
  'NAV',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'FOOTER',
  'FORM',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'UL',
  'OL',
  'TABLE',
]);
// Class or id words of boxes that hold no standfirst: author boxes, captions, ads, offers.
const NOT_STANDFIRST_WORDS =
  /(?:^|[\s_-])(?:author|authors|autor|bio|byline|caption|img|image|images|photo|foto|picture|media|gallery|video|credits?|copyright|disclosure|promo|sponsor|sponsored|advert|advertisement|ad|ads|card|offer|related|share|social|newsletter|comments?|audio|player)(?=[\s_-]|$)/i;
// Class or id words of a date line or a byline's box inside a standfirst's block: left out.
const META_WORDS = /(?:^|[\s_-])(?:date|dateline|time|posted|meta)(?=[\s_-]|$)/i;
const STANDFIRST_TAGS = new Set(['P', 'DIV', 'H2', 'H3', 'SPAN', 'SECTION', 'STRONG', 'B']);
const MIN_STANDFIRST_CHARS = 50;
const MAX_STANDFIRST_CHARS = 1200;
// A standfirst is left out when the text holds this much of its start already.
const STANDFIRST_KEY_CHARS = 150;

/**
 * The standfirst that sits between the article's headline (the last <h1> before the body) and
 * the body's first paragraph, where Readability's container did not reach (`start`: the body's
 * start, findBodyStart(doc.body, text), when the caller has it already): a block marked as
 * one by its class, id or itemprop ("lead", "intro", "teaser", "chapo", "subtitle", "dek", …), a
 * paragraph or subheading in the headline's <header> or <hgroup>, or a subheading right after the
 * headline. It must read as prose (a sentence or more, not a link); else null.
 */
export function findStandfirst(doc: Document, text: string, start?: Text | null): string | null {
  if (!doc.body) return null;
  const bodyStart = start !== undefined ? start : findBodyStart(doc.body, text);
  if (!bodyStart) return null;
  // Folded only when a candidate turns up: most pages have none.
  let folded: string | null = null;
  const onPath = new Set<Element>();
  for (let el = bodyStart.parentElement; el; el = el.parentElement) onPath.add(el);
  let candidates: string[] = [];
  let h1: Element | null = null;
  let done = false;
  const walk = (node: Element): void => {
    for (let el = node.firstElementChild; el && !done; el = el.nextElementSibling) {
      if (onPath.has(el)) {
        walk(el);
        done = true;
        return;
      }
      const tag = el.tagName.toUpperCase();
      if (NOT_STANDFIRST.has(tag)) continue;
      const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (marks.length > 1 && NOT_STANDFIRST_WORDS.test(marks)) continue;
      if (tag === 'H1') {
        h1 = el;
        candidates = [];
        continue;
      }
      if (h1 && isStandfirst(el, tag, h1)) {
        const lead = collapseWhitespace(normalizeInline(proseOf(el)));
        if (readsAsProse(el, lead)) {
          folded ??= fold(text);
          // The whole lead (up to STANDFIRST_KEY_CHARS), not its start: a standfirst often opens
          // with the body's first sentence and goes on otherwise.
          if (!folded.includes(fold(lead).slice(0, STANDFIRST_KEY_CHARS))) candidates.push(lead);
        }
        continue;
      }
      walk(el);
    }
  };
  walk(doc.body);
  const lead = candidates.join('\n\n');
  return lead && lead.length <= MAX_STANDFIRST_CHARS ? lead : null;
}

function isStandfirst(el: Element, tag: string, h1: Element): boolean {
  if (!STANDFIRST_TAGS.has(tag)) return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (STANDFIRST_WORDS.test(words)) return true;
  if (tag !== 'P' && tag !== 'H2') return false;
  // A subheading right after the headline, or a paragraph or subheading in its header.
  if (tag === 'H2' && el.previousElementSibling === h1) return true;
  const box = h1.parentElement;
  return box !== null && el.parentElement === box && /^(HEADER|HGROUP)$/i.test(box.tagName);
}

/** A sentence or more of text, not a list of links, not a date line or a byline. */
function readsAsProse(el: Element, text: string): boolean {
  if (text.length < MIN_STANDFIRST_CHARS || text.length > MAX_STANDFIRST_CHARS) return false;
  if (text.split(' ').length < 8) return false;
  let linkChars = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linkChars += (a.textContent ?? '').length;
  return linkChars < text.length * 0.3;
}

// Left out of a standfirst's text: figures and their captions, players, dates, controls, code,
// asides (and, by class, bylines, dates and players: see proseOf).
const NOT_PROSE = new Set([
  'AUDIO',
  'VIDEO',
  'TIME',
  'FIGURE',
  'FIGCAPTION',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'ASIDE',
  'NAV',
  'FORM',
]);

/**
 * An element's text without what is never a standfirst's (the tags of NOT_PROSE, and boxes whose
 * class names a byline, a date or a player); blocks apart by a space.
 */
function proseOf(el: Element): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out += child.nodeValue ?? '';
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (NOT_PROSE.has(tag)) continue;
      const marks = `${(child as Element).getAttribute('class') ?? ''} ${(child as Element).getAttribute('id') ?? ''}`;
      if (marks.length > 1 && (NOT_STANDFIRST_WORDS.test(marks) || META_WORDS.test(marks))) {
        continue;
      }
      const inner = proseOf(child as Element);
      out += /^(P|DIV|BR|H\d|LI|SECTION)$/.test(tag) ? ` ${inner} ` : inner;
    }
  }
  return out;
}
