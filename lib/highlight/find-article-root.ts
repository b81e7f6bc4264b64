// Paragraphs shorter than this are captions, bylines or buttons, not the article's prose.
const MIN_PARAGRAPH_CHARS = 40;
const MAX_PARAGRAPHS = 2_000;
const OUTSIDE = 'nav, aside, footer, header, form, [role="navigation"], [role="complementary"]';

/**
 * The element of the live page that holds the article's text: the element with the most
 * paragraph text among its children (half credit from grandchildren, as Readability scores),
 * widened to its `<article>` or `articleBody` ancestor so that the headline and captions are
 * included. Null when the page has no paragraphs of prose.
 */
export function findArticleRoot(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const paragraphs = Array.from(doc.body?.querySelectorAll('p') ?? []).slice(0, MAX_PARAGRAPHS);
  for (const p of paragraphs) {
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || p.closest(OUTSIDE)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && grand !== doc.documentElement) {
      scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (!best) return null;
  return best.closest('article, [itemprop="articleBody"]') ?? best;
}
