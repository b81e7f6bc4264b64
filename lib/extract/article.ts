import { Readability } from '@mozilla/readability';
import type { Article, Caption } from '../article';
import { removeBoilerplate } from './boilerplate';
import { longerThan, removeFurniture, tidyContent } from './clean';
import { findLead, findStandfirst } from './lead';
import { readMetadata, type PageElements } from './metadata';
import { proseChars } from './prose';
import { findSplitBody } from './split-body';
import { elementToText, normalizeInline } from './to-text';

export type ExtractResult =
  | {
      ok: true;
      article: Article;
      /** With `withHtml`: the cleaned article's HTML, unsanitised. */ html?: string;
    }
  | { ok: false; reason: string };

export interface ExtractOptions {
  /** Also return the cleaned article's HTML (for a saved copy); costs a serialisation. */
  withHtml?: boolean;
}

/**
 * Pages with more elements than this are not extracted: Readability's time grows with the
 * element count (~1 s for 50,000 on these 2-core machines), and it runs on the page's thread.
 */
export const MAX_ELEMENTS = 60_000;

/**
 * Extracts the article of a page: Readability on a clone (it mutates its input), our cleanup
 * around it, metadata from the best source. `doc` is left untouched.
 */
export function extractArticle(
  doc: Document,
  url: string | null,
  opts: ExtractOptions = {},
): ExtractResult {
  const first = readWithReadability(doc);
  if (!first.ok) return first;
  const { parsed } = first;
  if (!parsed?.content) return { ok: false, reason: 'no main text found' };
  let { captions } = first;
  let content = parsed.content;
  // Read after Readability, and not at all on a page without main text: from `doc`, which it
  // never touches, and from the elements removeFurniture's walk collected before any removal.
  const meta = readMetadata(doc, url, first.found);

  tidyContent(content);
  const byline = meta.byline ?? cleanByline(parsed.byline);
  removeBoilerplate(content, byline);
  const title = cleanTitle(parsed.title || meta.title, meta.siteName ?? parsed.siteName ?? null);
  let body = dropRepeatedTitle(elementToText(content), title);
  // A short result on a page with much more prose elsewhere: Readability settled on a small
  // container (an author box, a disclosure) because its first pass dropped the article's as
  // "unlikely". Read again, asking for about as much text as the page's prose, and keep the
  // longer result.
  if (body.length < SHORT_RESULT) {
    const need = body.length * MISSED_PROSE_RATIO + MISSED_PROSE_CHARS;
    // The prose is part of the page's text: a page with less text in all has none missed (its
    // text counted only as far as `need`, not the walk that judges each paragraph).
    const prose = doc.body && longerThan(doc.body, need - 1) ? proseChars(doc) : 0;
    if (prose >= need) {
      const again = readWithReadability(doc, Math.round(prose * 0.7));
      const againContent = again.ok ? again.parsed?.content : null;
      if (again.ok && againContent) {
        tidyContent(againContent);
        removeBoilerplate(againContent, byline);
        const againBody = dropRepeatedTitle(elementToText(againContent), title);
        if (againBody.length >= body.length * 1.5) {
          content = againContent;
          captions = again.captions;
          body = againBody;
        }
      }
    }
  }
  // The other parts of a body that the page sets in several blocks of one template: looked for
  // in a short result only (a body kept whole is long; the search walks the page's text).
  const seen: { start?: Text | null } = {};
  const split = body.length < SPLIT_BODY_CHARS ? findSplitBody(doc, body, seen) : null;
  if (split) body = [split.before, body, split.after].filter(Boolean).join('\n\n');
  // The lead set apart above the body, where the container did not reach (read on `doc`: the
  // clone has lost its furniture and Readability has emptied it). Where the body starts was
  // found by the split-body search, unless that was not run or changed the body.
  const standfirst = findStandfirst(doc, body, split ? undefined : seen.start);
  const withStandfirst = standfirst ? `${standfirst}\n\n${body}` : body;
  const described = findLead(doc, meta.description, withStandfirst);
  const leads = [described, standfirst].filter((l): l is string => l !== null);
  if (opts.withHtml) {
    for (const lead of leads.flatMap((l) => l.split('\n\n')).reverse()) {
      const p = content.ownerDocument.createElement('p');
      p.textContent = lead;
      content.prepend(p);
    }
  }
  const text = [...leads, body].join('\n\n');
  return {
    ok: true,
    ...(opts.withHtml ? { html: content.innerHTML } : {}),
    article: {
      url,
      canonicalUrl: meta.canonicalUrl,
      title,
      byline,
      siteName: meta.siteName ?? nullIfEmpty(parsed.siteName),
      lang: meta.lang,
      publishedAt: meta.publishedAt,
      excerpt: nullIfEmpty(parsed.excerpt),
      text,
      modifiedAt: meta.modifiedAt,
      section: nullIfEmpty(meta.section),
      imageUrl: meta.imageUrl,
      description: nullIfEmpty(meta.description),
      captions,
    },
  };
}

/**
 * Strips the site's name when it stands as a suffix or prefix ("Title | Section | Site"). Without
 * a known site name, a short tail after a separator is taken for one when it looks like a name:
 * after "|", "»", "·" up to five words; after a dash up to three capitalised words ("– Firefox
 * Nightly News"), so that "Kim meets Putin - live updates" keeps its tail.
 */
export function cleanTitle(
  title: string | null | undefined,
  siteName: string | null,
): string | null {
  let t = normalizeInline(title ?? '');
  if (!t) return null;
  if (siteName) {
    const [suffix, prefix] = siteNamePatterns(siteName);
    const stripped = t.replace(suffix, '').replace(prefix, '');
    if (stripped.length >= 10) return stripped;
  }
  const m = /^(.*\S)\s+([|–—\-·•»])\s+([^|–—·•»]+)$/u.exec(t);
  if (m) {
    const [, head, sep, tail] = m as unknown as [string, string, string, string];
    const words = tail.trim().split(/\s+/);
    const nameLike = '|»·•'.includes(sep)
      ? words.length <= 5
      : words.length <= 3 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
    if (nameLike && head.length >= 12 && head.length >= 2 * tail.length) t = head;
  }
  return t;
}

// The patterns of the last site name seen, kept for the next call: one site's pages are read one
// after another.
let lastSite: { name: string; patterns: [RegExp, RegExp] } | null = null;

/** The site name as a title's suffix ("Title | Section | Site") and as its prefix. */
function siteNamePatterns(siteName: string): [RegExp, RegExp] {
  if (lastSite?.name !== siteName) {
    const site = escapeRegExp(normalizeInline(siteName));
    lastSite = {
      name: siteName,
      patterns: [
        new RegExp(`(\\s+[|\\-–—:·•»]\\s+[^|–—·•»]*)*\\s+[|\\-–—:·•»]\\s+${site}$`, 'i'),
        new RegExp(`^${site}\\s+[|\\-–—:·•»]\\s+`, 'i'),
      ],
    };
  }
  return lastSite.patterns;
}

/** A byline without its "By" / "Par" / "Por" / "Von" lead-in. */
export function cleanByline(byline: string | null | undefined): string | null {
  const b = normalizeInline(byline ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^(by|par|por|von|di|door|av|af)\s+/i, '');
  return b || null;
}

function dropRepeatedTitle(text: string, title: string | null): string {
  if (!title) return text;
  const first = text.indexOf('\n\n');
  const head = first === -1 ? text : text.slice(0, first);
  return head === title ? text.slice(head.length).replace(/^\n+/, '') : text;
}

function nullIfEmpty(s: string | null | undefined): string | null {
  const t = normalizeInline(s ?? '');
  return t || null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Below this many characters a result may be one block of a body set in several.
const SPLIT_BODY_CHARS = 5000;
// Below this many characters a result is checked against the page's prose.
const SHORT_RESULT = 1500;
// The page's prose must exceed the result this many times, plus this many characters.
const MISSED_PROSE_RATIO = 2;
const MISSED_PROSE_CHARS = 800;

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability on a clone of `doc` stripped of its furniture, with the captions taken out. */
function readWithReadability(
  doc: Document,
  charThreshold?: number,
):
  | { ok: true; parsed: Parsed; captions: Caption[]; found: PageElements }
  | { ok: false; reason: string } {
  const clone = doc.cloneNode(true) as Document;
  // The size guard is counted by removeFurniture's walk (Readability's own uses
  // getElementsByTagName('*'), which linkedom does not implement): a scan of the page of its
  // own cost more on every page than the clone wasted on the rare page refused here.
  const { captions, elements, found } = removeFurniture(clone);
  if (elements > MAX_ELEMENTS) {
    return { ok: false, reason: `page too large (${elements} elements)` };
  }
  try {
    const parsed = new Readability<Element>(clone, {
      // Keep the element, not its HTML: we read text from it without a second parse.
      serializer: (el) => el as Element,
      ...(charThreshold ? { charThreshold } : {}),
      // A page without JSON-LD (most) is not scanned for it again: the result is the same.
      disableJSONLD: found.jsonLdScripts.length === 0,
    }).parse();
    return { ok: true, parsed, captions, found };
  } catch (e) {
    return {
      ok: false,
      reason: `extraction failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
