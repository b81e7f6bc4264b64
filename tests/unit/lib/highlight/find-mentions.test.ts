/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { findMentions, mentionAt } from '@/lib/highlight/find-mentions';
import { createMentionMatcher } from '@/lib/highlight/match-mentions';

function setUp(html: string) {
  document.body.innerHTML = `<article id="a">${html}</article>`;
  return document.getElementById('a')!;
}

const PUTIN = [
  ['Vladimir Poutine', 'Poutine'],
  ['Kim Jong Un', 'Kim'],
];
const texts = (found: ReturnType<typeof findMentions>) =>
  found.mentions.map((m) => m.range.toString());

describe('findMentions', () => {
  it('finds whole-word mentions, longest first, each with its entity and first flag', () => {
    const root = setUp(
      '<p>Le président Vladimir Poutine a rencontré Kim Jong Un. Poutine et Kim, pas Kimchi.</p>',
    );
    const found = findMentions(root, createMentionMatcher(PUTIN));
    expect(texts(found)).toEqual(['Vladimir Poutine', 'Kim Jong Un', 'Poutine', 'Kim']);
    expect(found.mentions.map((m) => [m.entity, m.first])).toEqual([
      [0, true],
      [1, true],
      [0, false],
      [1, false],
    ]);
  });

  it('leaves the page exactly as it was: same nodes, same text, same markup', () => {
    const root = setUp(
      '<h1>Kim reçoit Poutine</h1><p>Poutine <b>et</b> Kim Jong Un.<!-- c --> Kim</p><p>rien</p>',
    );
    const html = root.innerHTML;
    const nodes = [...walk(root)];
    const found = findMentions(root, createMentionMatcher(PUTIN));
    expect(found.mentions).toHaveLength(5);
    expect(root.innerHTML).toBe(html);
    const after = [...walk(root)];
    expect(after).toHaveLength(nodes.length);
    after.forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('lets a page rewrite a text node it kept: its text, nothing glued, the mention gone', () => {
    const root = setUp('<p>Hier, Poutine est arrivé chez Kim.</p><p>Puis Kim est parti.</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    const { mentions } = findMentions(root, createMentionMatcher(PUTIN));
    node.data = 'Texte entièrement nouveau.';
    expect(root.querySelector('p')!.textContent).toBe('Texte entièrement nouveau.');
    expect(mentions.filter((m) => !m.range.collapsed).map((m) => m.range.toString())).toEqual([
      'Kim',
    ]);
    expect(mentionAt(mentions, node, 0)).toBeUndefined();
  });

  it('never looks inside script, style, form fields, links, code or editable content', () => {
    const root = setUp(
      `<p>Poutine</p>
       <script>var s = "Poutine";</script><style>/* Poutine */</style>
       <textarea>Poutine</textarea><input value="Poutine"><select><option>Poutine</option></select>
       <a href="/p">Poutine</a><button>Poutine</button><code>Poutine</code>
       <div contenteditable="true"><p>Poutine</p></div><div contenteditable="false">Poutine</div>
       <p aria-hidden="true">Poutine</p>`,
    );
    const { mentions } = findMentions(root, createMentionMatcher(PUTIN));
    expect(mentions.map((m) => m.range.startContainer.parentElement!.tagName)).toEqual([
      'P',
      'DIV',
    ]);
  });

  it('stops at the mention cap and at the time budget', () => {
    const root = setUp('<p>Poutine, Poutine, Poutine</p><p>Poutine</p><p>Poutine</p>');
    const capped = findMentions(root, createMentionMatcher(PUTIN), { maxMentions: 4 });
    expect(capped.mentions).toHaveLength(4);
    expect(capped.stopped).toBe('max-mentions');

    let clock = 0;
    const paragraphs = '<p>Poutine</p>'.repeat(300);
    const big = setUp(paragraphs);
    const slow = findMentions(big, createMentionMatcher(PUTIN), {
      budgetMs: 3,
      now: () => (clock += 1), // 1 ms per look at the clock (every 100 nodes)
    });
    expect(slow.stopped).toBe('budget');
    expect(slow.mentions.length).toBeGreaterThan(0);
    expect(slow.mentions.length).toBeLessThan(300);
  });
});

describe('mentionAt', () => {
  it('finds the mention holding a caret position, and nothing between mentions', () => {
    const root = setUp('<p>Poutine et Kim.</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    const { mentions } = findMentions(root, createMentionMatcher(PUTIN));
    expect(mentionAt(mentions, node, 3)?.range.toString()).toBe('Poutine');
    expect(mentionAt(mentions, node, 9)).toBeUndefined();
    expect(mentionAt(mentions, node, 12)?.range.toString()).toBe('Kim');
    expect(mentionAt(mentions, document.body, 0)).toBeUndefined();
  });
});

function* walk(root: Node): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    yield* walk(child);
  }
}
