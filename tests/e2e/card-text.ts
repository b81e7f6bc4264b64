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
 * white space as one space (a name may be broken across lines in the page's source).
 */
export async function underlinedTexts(page: Page): Promise<string[]> {
  return (await underlined(page)).map((m) => m.text);
}

/**
 * Each underlined mention, in document order: its text, and the middle of its first line box in
 * viewport pixels (where a reader's mouse would rest), after scrolling the `scrollTo`-th one
 * into view.
 */
export function underlined(
  page: Page,
  scrollTo?: number,
): Promise<{ text: string; x: number; y: number }[]> {
  return page.evaluate((scrollTo) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> })
      .highlights;
    const ranges: Range[] = [];
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('backstory')) continue;
      // A range over text the page has since rewritten is collapsed: nothing is drawn.
      for (const r of highlight) if (r instanceof Range && !r.collapsed) ranges.push(r);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    if (scrollTo !== undefined) {
      ranges[scrollTo]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    return ranges.map((r) => {
      const box = r.getClientRects()[0];
      return {
        text: r.toString().replace(/\s+/g, ' '),
        x: box ? box.left + box.width / 2 : NaN,
        y: box ? box.top + box.height / 2 : NaN,
      };
    });
  }, scrollTo);
}

/** Scrolls to the `nth` underlined mention reading `text` and returns where to point at it. */
export async function mentionPoint(page: Page, text: string, nth = 0) {
  const all = await underlined(page);
  const index = all.map((m, i) => (m.text === text ? i : -1)).filter((i) => i >= 0)[nth];
  if (index === undefined) throw new Error(`no underlined "${text}" number ${nth}`);
  return (await underlined(page, index))[index]!;
}
