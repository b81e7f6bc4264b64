import { parseHTML } from 'linkedom';

/**
 * Parses an HTML string into a DOM Document in Node (linkedom: 7–14× faster than jsdom on
 * Readability). With a URL and no <base> in the page, a <base> is added so that relative links
 * resolve as they did in the browser. Extension code never imports this: it has a real DOM.
 */
export function parseHtmlDocument(html: string, url?: string | null): Document {
  const { document } = parseHTML(repairStart(html));
  settleHeadAndBody(document as unknown as Document);
  if (url && !document.querySelector('base[href]') && document.head) {
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head.prepend(base);
  }
  return document as unknown as Document;
}

/**
 * Mends two page starts that linkedom (unlike a browser) turns into an empty body: text before
 * the document proper (PHP warnings printed ahead of <!DOCTYPE>), and a <head> with no <html>.
 */
export function repairStart(html: string): string {
  const start = /<(!doctype|html|head)\b/i.exec(html);
  if (!start) return html;
  let s = start.index > 0 ? html.slice(start.index) : html;
  // Only an <html> before the <head> counts: scripts further down may hold the string "<html".
  const first = /<(html|head)\b/i.exec(s);
  if (first?.[1]?.toLowerCase() === 'head') s = s.replace(/<head\b/i, '<html><head');
  return s;
}

// Elements a browser puts into <head> when they stand between </head> and <body>.
const HEAD_TAGS = new Set([
  'BASE',
  'BASEFONT',
  'BGSOUND',
  'LINK',
  'META',
  'NOFRAMES',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'TITLE',
]);

/**
 * Gives <html> a <head> then a <body>, as a browser's parser does. linkedom keeps the page's
 * nesting as written, and its `head` and `body` getters insert an empty element when <html>'s
 * first element is not a <head> or the next one not a <body>: merely reading `document.body`
 * on a page with a <script> between </head> and <body> changed the document, and a second
 * extraction of it then read another text. Stray nodes go where a browser puts them: head
 * elements before <body> into <head>, anything else before it to the start of <body>, anything
 * after it to its end.
 */
export function settleHeadAndBody(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const children = Array.from(root.childNodes);
  let head = children.find((n): n is HTMLHeadElement => (n as Element).tagName === 'HEAD');
  let body = children.find((n): n is HTMLBodyElement => (n as Element).tagName === 'BODY');
  if (head && root.firstElementChild === head && head.nextElementSibling === body) return;
  if (!head) head = doc.createElement('head') as HTMLHeadElement;
  if (!body) body = doc.createElement('body') as HTMLBodyElement;
  const before: Node[] = [];
  const after: Node[] = [];
  let seenBody = false;
  for (const node of children) {
    if (node === head) continue;
    if (node === body) {
      seenBody = true;
      continue;
    }
    const isElement = node.nodeType === 1;
    const isBlank = node.nodeType === 3 && !node.textContent?.trim();
    if (!isElement && (isBlank || node.nodeType === 8)) continue; // whitespace, comments
    if (!seenBody && isElement && HEAD_TAGS.has((node as Element).tagName)) head.append(node);
    else (seenBody ? after : before).push(node);
  }
  body.prepend(...before);
  body.append(...after);
  root.prepend(head);
  head.after(body);
}
