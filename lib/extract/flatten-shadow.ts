// Shadow roots nested deeper than this are left out (a hostile page could nest without end).
const MAX_DEPTH = 32;

/**
 * A copy of the document in which the content of every open shadow root is inlined into its
 * host, so that Readability (which only walks the light DOM) can see an article rendered inside
 * web components. Null when the page has no open shadow root. Closed roots stay invisible.
 */
export function flattenShadowRoots(doc: Document): Document | null {
  if (!Array.from(doc.querySelectorAll('*')).some((el) => el.shadowRoot)) return null;
  const copy = doc.cloneNode(false) as Document;
  if (doc.documentElement) copy.append(copyNode(doc.documentElement, copy, 0));
  return copy;
}

function copyNode(node: Node, into: Document, depth: number): Node {
  const shallow = into.importNode(node, false);
  const el = node.nodeType === 1 ? (node as Element) : null;
  if (el?.shadowRoot && depth < MAX_DEPTH) {
    for (const child of Array.from(el.shadowRoot.childNodes)) {
      // <slot> shows the host's light children, which are copied below anyway.
      if (child.nodeType === 1 && (child as Element).tagName === 'SLOT') continue;
      shallow.appendChild(copyNode(child, into, depth + 1));
    }
  }
  // A <template>'s content is not part of the page.
  if (el?.tagName !== 'TEMPLATE') {
    for (const child of Array.from(node.childNodes)) {
      shallow.appendChild(copyNode(child, into, depth));
    }
  }
  return shallow;
}
