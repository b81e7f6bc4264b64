import { removeBoilerplate } from './boilerplate';
import { COMMENTS_WORDS, FURNITURE_WORDS } from './clean';
import { findBodyStarts } from './lead';
import { elementToText, foldInline as fold, normalizeInline } from './to-text';

// How far up from the body's container the search for its other parts goes.
const MAX_LEVELS = 6;
// A part holds at least this much prose (paragraphs of a sentence or more, few links).
const MIN_PART_PROSE = 100;
const MIN_PARAGRAPH = 80;
const MAX_LINK_SHARE = 0.3;
// Class words too common to say that two blocks come from one template.
const GENERIC_CLASS =
  /^(row|col|cols|column|columns|container|clearfix|clear|wrapper|wrap|inner|outer|content|block|section|grid|box|item|left|right|full|first|last|odd|even|active|show|fade|hidden|visible|d-flex|flex|mb-\d|mt-\d|pb-\d|pt-\d|p-\d|m-\d)$/i;
// Boxes never part of the body: besides furniture and comments, author boxes, ads, promotions.
const NOT_BODY_WORDS =
  /(?:^|[\s_-])(?:author|autor|bio|byline|sidebar|widget|teaser|teasers|advert|advertisement|ad|ads|sponsor|sponsored|promo|banner|cta|newsletter|related|recommended|popular|footer|header|nav|menu|breadcrumbs?|share|social|comments?|meta|tags)(?=[\s_-]|$)/i;
// A short line asking for money, a subscription or a sign-up: the block is an appeal, not text.
const APPEAL =
  /\b(unterstütze|unterstützen sie|jetzt unterstützen|support us|support our|donate|spenden sie|jetzt spenden|abonniere|subscribe|newsletter|sign up|jetzt bestellen|order now|buy now|jetzt kaufen)\b/i;
const MAX_APPEAL_LINE = 150;
// Landmarks whose siblings are other pages' parts, not the body's.
const STOP_TAGS = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN']);

/**
 * The rest of an article whose body the page sets in several sibling blocks of one template
 * (page builders, CMS "paragraph" items: `vc_row`, `csc-default`, `field__item`), of which
 * Readability kept one: from the element holding the extracted text, up a few levels, the
 * siblings of the same tag sharing a specific class word, holding prose and no furniture. Their
 * text is returned to go before and after the extracted text; null when there is none. Where the
 * text starts on the page (findBodyStart) is left in `seen.start`, for the caller to reuse.
 */
export function findSplitBody(
  doc: Document,
  text: string,
  seen: { start?: Text | null } = {},
): { before: string; after: string } | null {
  if (!doc.body) return null;
  const paragraphs = text.split('\n\n').filter((p) => p.length >= 60);
  if (!paragraphs.length) {
    seen.start = null;
    return null;
  }
  // Where the text starts and ends on the page, in one walk (a paragraph cut into many text nodes
  // by inline markup is not found: for the start, the second one is tried).
  const [start, end] = findBodyStarts(doc.body, [
    paragraphs.slice(0, 3).join('\n\n'),
    paragraphs.at(-1)!,
  ]);
  seen.start = start ?? null;
  const first = start?.parentElement;
  const last = end?.parentElement;
  if (!first || !last) return null;
  let node: Element | null = commonAncestor(first, last);
  const before: Element[] = [];
  const after: Element[] = [];
  for (let level = 0; level < MAX_LEVELS && node && !STOP_TAGS.has(node.tagName); level++) {
    const tokens = specificClasses(node);
    if (tokens.length) {
      for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (!sameTemplate(sib, node, tokens)) break;
        if (isBodyPart(sib)) before.unshift(sib);
      }
      for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
        if (!sameTemplate(sib, node, tokens)) break;
        if (isBodyPart(sib)) after.push(sib);
      }
    }
    node = node.parentElement;
  }
  if (!before.length && !after.length) return null;
  const known = fold(text);
  const read = (els: Element[]) =>
    els
      .map((el) => {
        const clone = el.cloneNode(true) as Element;
        removeBoilerplate(clone);
        return elementToText(clone);
      })
      .filter((t) => t && !known.includes(fold(t).slice(0, 100)))
      .join('\n\n');
  const b = read(before);
  const a = read(after);
  return b || a ? { before: b, after: a } : null;
}

function specificClasses(el: Element): string[] {
  return (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c.length >= 4 && !GENERIC_CLASS.test(c) && !/\d{3,}/.test(c));
}

function sameTemplate(sib: Element, node: Element, tokens: string[]): boolean {
  if (sib.tagName !== node.tagName) return false;
  const cls = ` ${sib.getAttribute('class') ?? ''} `;
  return tokens.some((t) => cls.includes(` ${t} `));
}

/** Prose enough, and nothing in it marked as furniture, comments, an author box or an ad. */
function isBodyPart(el: Element): boolean {
  let prose = 0;
  let marked = false;
  const walk = (node: Element) => {
    for (let child = node.firstElementChild; child && !marked; child = child.nextElementSibling) {
      const tag = child.tagName;
      if (/^(NAV|ASIDE|FOOTER|FORM|HEADER|SCRIPT|STYLE|IFRAME)$/.test(tag)) {
        marked = true;
        return;
      }
      const marks = `${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`;
      if (
        marks.length > 1 &&
        (NOT_BODY_WORDS.test(marks) || COMMENTS_WORDS.test(marks) || FURNITURE_WORDS.test(marks))
      ) {
        marked = true;
        return;
      }
      if (tag === 'P') {
        const t = normalizeInline(child.textContent ?? '');
        if (t.length >= MIN_PARAGRAPH && linkChars(child) <= t.length * MAX_LINK_SHARE) {
          prose += t.length;
        }
      }
      walk(child);
    }
  };
  const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (NOT_BODY_WORDS.test(own) || COMMENTS_WORDS.test(own) || FURNITURE_WORDS.test(own)) {
    return false;
  }
  walk(el);
  if (marked || prose < MIN_PART_PROSE) return false;
  return !(el.textContent ?? '')
    .split(/\n|(?<=[.!?])\s+/)
    .some((line) => line.trim().length <= MAX_APPEAL_LINE && APPEAL.test(line));
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += (a.textContent ?? '').length;
  return n;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const up = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) up.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (up.has(el)) return el;
  return null;
}
