import type { MentionMatcher } from './match-mentions';

/** One mention in the live page: a Range over its text, never an element of ours. */
export interface Mention {
  /** A live Range: if the page rewrites the text, the range follows (or collapses), nothing is glued. */
  range: Range;
  /** Index of its entity in the list the matcher was made from. */
  entity: number;
  /** Whether it is its entity's first mention in the page. */
  first: boolean;
}

export interface FindOptions {
  /** At most this many mentions (huge pages). */
  maxMentions?: number;
  /** Stop looking after this many milliseconds (the work runs on the page's thread). */
  budgetMs?: number;
  now?: () => number;
}

export interface FoundMentions {
  mentions: Mention[];
  /** Why it stopped early, if it did. */
  stopped?: 'max-mentions' | 'budget';
}

// Never inside these: code and form fields (not prose), interactive elements (a click on the
// mention opens Backstory; a link or button must keep doing what it did), SVG, embedded content.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'LABEL',
  'A',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/**
 * Finds the mentions `match` recognises in the text nodes under `root` and returns a live Range
 * over each. Reads the page only: no node is split, wrapped, added or changed, so a script that
 * kept a reference to a text node and later sets its `data` sees exactly its own text.
 */
export function findMentions(
  root: Element,
  match: MentionMatcher,
  opts: FindOptions = {},
): FoundMentions {
  const { maxMentions = 300, budgetMs = 50, now = () => performance.now() } = opts;
  const doc = root.ownerDocument;
  const started = now();
  const mentions: Mention[] = [];
  const firstSeen = new Set<number>();
  let stopped: FoundMentions['stopped'];

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(), visited = 0; n; n = walker.nextNode(), visited++) {
    if (visited % 100 === 99 && now() - started > budgetMs) {
      stopped = 'budget';
      break;
    }
    if (n.nodeType !== Node.TEXT_NODE) continue;
    const text = n as Text;
    if (!text.data.trim()) continue;
    for (const m of match(text.data)) {
      if (mentions.length >= maxMentions) {
        stopped = 'max-mentions';
        break;
      }
      const range = doc.createRange();
      range.setStart(text, m.start);
      range.setEnd(text, m.end);
      mentions.push({ range, entity: m.entity, first: !firstSeen.has(m.entity) });
      firstSeen.add(m.entity);
    }
    if (stopped) break;
  }
  return { mentions, stopped };
}

/**
 * The mention whose text holds the boundary point (node, offset), as a caret under the mouse or
 * a keyboard selection gives it; a collapsed range (its text rewritten by the page) never does.
 */
export function mentionAt(
  mentions: readonly Mention[],
  node: Node,
  offset: number,
): Mention | undefined {
  return mentions.find(({ range }) => {
    if (range.collapsed || range.commonAncestorContainer.getRootNode() !== node.getRootNode()) {
      return false;
    }
    try {
      return range.isPointInRange(node, offset);
    } catch {
      return false; // a doctype, or an offset past the node's end
    }
  });
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}
