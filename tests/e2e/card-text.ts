import type { CDPSession } from 'playwright-core';

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
