import { extractArticle, type ExtractOptions, type ExtractResult } from '../extract/article';
import {
  detectArticle,
  FOREIGN_FRAME_REASON,
  isArticleText,
  refusedForText,
} from '../extract/detect';
import { flattenShadowRoots } from '../extract/flatten-shadow';

// Same-origin frames looked into when the page itself holds no article.
const MAX_FRAMES = 5;

/**
 * The content script's work on one page, shared with the Node tools: the cheap check first, and
 * only for an article page the extraction (on a clone, inside extractArticle). When the page
 * itself has too little text, the article may live in open shadow roots or in a same-origin
 * frame: those are looked into, in that order.
 */
export function readPage(
  doc: Document,
  url: string | null,
  opts: ExtractOptions = {},
): ExtractResult {
  const direct = readDocument(doc, url, opts);
  if (direct.ok) return direct;
  const flat = flattenShadowRoots(doc);
  const shadow = flat ? readDocument(flat, url, opts) : null;
  if (shadow?.ok) return shadow;
  const framed = readFrames(doc, url, opts);
  if (framed.article) return framed.article;
  return refusedForText(direct.reason) && framed.foreignLargeFrame
    ? { ok: false, reason: FOREIGN_FRAME_REASON }
    : direct;
}

function readDocument(doc: Document, url: string | null, opts: ExtractOptions): ExtractResult {
  const detection = detectArticle(doc, url);
  const refused = { ok: false, reason: detection.reason ?? 'not an article' } as const;
  // A page that says or looks like it is something else stays out, unless it is one item to read
  // (a video with its written description, one forum thread); those and the pages that merely
  // looked short to the cheap check are extracted, and judged on the text found (short and split
  // articles).
  if (detection.signals.kind !== null && !detection.signals.oneItem) return refused;
  const result = extractArticle(doc, url, opts);
  if (!result.ok) return detection.isArticle ? result : refused;
  const { ogArticle, jsonLdArticle, articleHeadline, paywalled } = detection.signals;
  const declared = ogArticle || jsonLdArticle || articleHeadline;
  const { text, description } = result.article;
  if (!isArticleText(text, declared, description, paywalled)) {
    return detection.isArticle
      ? { ok: false, reason: `only ${text.length} characters of text` }
      : refused;
  }
  return result;
}

/** An article found in a same-origin frame; else whether a large frame is closed to us. */
function readFrames(
  doc: Document,
  url: string | null,
  opts: ExtractOptions,
): { article?: ExtractResult; foreignLargeFrame: boolean } {
  const frames = Array.from(doc.querySelectorAll('iframe, frame')).slice(0, MAX_FRAMES);
  let foreignLargeFrame = false;
  for (const frame of frames) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // Another origin: the browser does not let us in.
    }
    if (!inner?.body) {
      foreignLargeFrame ||= isLarge(frame);
      continue;
    }
    const result = readDocument(
      inner,
      inner.URL && inner.URL !== 'about:blank' ? inner.URL : url,
      opts,
    );
    // The reader is on the top page: that is where the article was read.
    if (result.ok) {
      return { article: { ok: true, article: { ...result.article, url } }, foreignLargeFrame };
    }
  }
  return { foreignLargeFrame };
}

/** A frame big enough to hold an article (laid-out size in a browser, else its attributes). */
function isLarge(frame: Element): boolean {
  const rect = frame.getBoundingClientRect?.();
  const width = rect?.width || Number(frame.getAttribute('width')) || 0;
  const height = rect?.height || Number(frame.getAttribute('height')) || 0;
  return width >= 400 && height >= 400;
}
