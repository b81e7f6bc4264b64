import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/**
 * The text of Backstory's card, read through the DevTools protocol: a closed shadow root is out
 * of reach of the page and of Playwright's locators, not of DOM.getDocument with pierce.
 */
export async function cardText(cdp: CDPSession): Promise<{ text: string; closed: boolean } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const find = (n: DomNode): DomNode | undefined =>
    n.nodeName === 'BACKSTORY-CARD'
      ? n
      : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const texts: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeName === '#text' && n.nodeValue) texts.push(n.nodeValue);
    if (n.nodeName !== 'STYLE') (n.children ?? []).forEach(walk);
  };
  walk(shadow);
  return { text: texts.join(' | '), closed: shadow.shadowRootType === 'closed' };
}

/**
 * The texts Backstory underlines in the page, in document order: the ranges of its CSS custom
 * highlights (read from the page, which shares the document's highlight registry), with runs of
 * white space as one space.
 */
export function underlinedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> })
      .highlights;
    const ranges: Range[] = [];
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('backstory')) continue;
      for (const r of highlight) if (r instanceof Range) ranges.push(r);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const marks = Array.from(document.querySelectorAll('backstory-mark'), (e) => e.textContent!);
    // White space as read: a name may be broken across lines in the page's source.
    return [...ranges.map((r) => r.toString()), ...marks].map((t) => t.replace(/\s+/g, ' '));
  });
}
