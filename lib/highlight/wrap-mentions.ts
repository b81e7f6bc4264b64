import type { MentionMatcher } from './match-mentions';

/** The element that wraps one mention: inline, unknown to the page, with no attributes of ours. */
export const MARK_TAG = 'backstory-mark';

/** One wrapped mention. */
export interface Mark {
  element: HTMLElement;
  /** Index of its entity in the list the matcher was made from. */
  entity: number;
  /** Whether it is its entity's first mark (the one in the tab order). */
  first: boolean;
}

export interface WrapOptions {
  /** At most this many marks (huge pages). */
  maxMarks?: number;
  /** Stop looking after this many milliseconds (the work runs on the page's thread). */
  budgetMs?: number;
  now?: () => number;
  /** Sets up a new mark (attributes, listeners) before it enters the page. */
  decorate?: (mark: Mark) => void;
}

export interface WrapResult {
  marks: Mark[];
  /** Why it stopped early, if it did. */
  stopped?: 'max-marks' | 'budget';
  /** Puts the page's text nodes back as they were, same nodes and same text. */
  unwrap(): void;
}

/** Underline only: text decoration never changes a box's size or position. */
export const MARK_STYLE =
  'all: revert !important; text-decoration: underline dotted 1px !important;' +
  ' text-underline-offset: 0.2em !important; cursor: pointer !important;';

// Never inside these: code and form fields (not prose), interactive elements (a focusable mark
// inside a link or button would nest controls; the link must keep working as it did), SVG.
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
  MARK_TAG.toUpperCase(),
]);

/**
 * Wraps the mentions found by `match` in the text nodes under `root`, each in a `<backstory-mark>`
 * whose only attributes are a style setting an underline (and, by `decorate`, what keyboard
 * users need). The original text node stays in place holding the text before the first mention,
 * so a script that kept a reference to it still finds it in the page; `unwrap` restores its text.
 */
export function wrapMentions(root: Element, match: MentionMatcher, opts: WrapOptions = {}) {
  const { maxMarks = 300, budgetMs = 50, now = () => performance.now(), decorate } = opts;
  const doc = root.ownerDocument;
  const started = now();
  const marks: Mark[] = [];
  const undo: { node: Text; data: string; added: Node[] }[] = [];
  const firstSeen = new Set<number>();
  let stopped: WrapResult['stopped'];

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  // Collect first: the walk must not see the nodes it inserts.
  const texts: Text[] = [];
  for (let n = walker.nextNode(), visited = 0; n; n = walker.nextNode(), visited++) {
    if (n.nodeType === Node.TEXT_NODE && (n as Text).data.trim()) texts.push(n as Text);
    if (visited % 1000 === 999 && now() - started > budgetMs) {
      stopped = 'budget'; // a gigantic container: the budget is spent before any wrapping
      break;
    }
  }

  for (const node of texts) {
    if (marks.length >= maxMarks) {
      stopped = 'max-marks';
      break;
    }
    if (now() - started > budgetMs) {
      stopped = 'budget';
      break;
    }
    const data = node.data;
    const found = match(data).slice(0, maxMarks - marks.length);
    if (found.length === 0) continue;
    const added: Node[] = [];
    let at = found[0]!.start;
    for (const m of found) {
      if (m.start > at) added.push(doc.createTextNode(data.slice(at, m.start)));
      const element = doc.createElement(MARK_TAG);
      element.setAttribute('style', MARK_STYLE);
      element.textContent = data.slice(m.start, m.end);
      const mark: Mark = { element, entity: m.entity, first: !firstSeen.has(m.entity) };
      firstSeen.add(m.entity);
      decorate?.(mark);
      marks.push(mark);
      added.push(element);
      at = m.end;
    }
    if (at < data.length) added.push(doc.createTextNode(data.slice(at)));
    node.after(...added);
    node.data = data.slice(0, found[0]!.start);
    undo.push({ node, data, added });
  }

  return {
    marks,
    stopped,
    unwrap() {
      for (const { node, data, added } of undo.splice(0).reverse()) {
        for (const n of added) n.parentNode?.removeChild(n);
        node.data = data;
      }
      marks.length = 0;
    },
  } satisfies WrapResult;
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}
