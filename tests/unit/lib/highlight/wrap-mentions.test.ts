/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '@/lib/highlight/match-mentions';
import { MARK_STYLE, MARK_TAG, wrapMentions } from '@/lib/highlight/wrap-mentions';

function setUp(html: string) {
  document.body.innerHTML = `<article id="a">${html}</article>`;
  return document.getElementById('a')!;
}

const PUTIN = [
  ['Vladimir Poutine', 'Poutine'],
  ['Kim Jong Un', 'Kim'],
];
const marked = (root: Element) =>
  Array.from(root.querySelectorAll(MARK_TAG)).map((m) => m.textContent);

describe('wrapMentions', () => {
  it('wraps whole-word mentions, longest first, in marks that carry only a style', () => {
    const root = setUp(
      '<p>Le président Vladimir Poutine a rencontré Kim Jong Un. Poutine et Kim, pas Kimchi.</p>',
    );
    const before = root.textContent;
    const { marks } = wrapMentions(root, createMentionMatcher(PUTIN));
    expect(marked(root)).toEqual(['Vladimir Poutine', 'Kim Jong Un', 'Poutine', 'Kim']);
    expect(root.textContent).toBe(before);
    expect(marks.map((m) => [m.entity, m.first])).toEqual([
      [0, true],
      [1, true],
      [0, false],
      [1, false],
    ]);
    for (const el of root.querySelectorAll(MARK_TAG)) {
      expect(el.getAttributeNames()).toEqual(['style']);
      expect(el.getAttribute('style')).toBe(MARK_STYLE);
    }
  });

  it('never wraps inside script, style, form fields, links, code or editable content', () => {
    const root = setUp(
      `<p>Poutine</p>
       <script>var s = "Poutine";</script><style>/* Poutine */</style>
       <textarea>Poutine</textarea><input value="Poutine"><select><option>Poutine</option></select>
       <a href="/p">Poutine</a><button>Poutine</button><code>Poutine</code>
       <div contenteditable="true"><p>Poutine</p></div><div contenteditable="false">Poutine</div>
       <p aria-hidden="true">Poutine</p>`,
    );
    wrapMentions(root, createMentionMatcher(PUTIN));
    expect(marked(root)).toEqual(['Poutine', 'Poutine']);
    expect(root.querySelector('div[contenteditable=false] backstory-mark')).not.toBeNull();
    expect(root.querySelector('script')!.textContent).toBe('var s = "Poutine";');
  });

  it('stops at the mark cap and at the time budget', () => {
    const root = setUp('<p>Poutine, Poutine, Poutine</p><p>Poutine</p><p>Poutine</p>');
    const capped = wrapMentions(root, createMentionMatcher(PUTIN), { maxMarks: 4 });
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(4);
    expect(capped.stopped).toBe('max-marks');
    capped.unwrap();

    let clock = 0;
    const slow = wrapMentions(root, createMentionMatcher(PUTIN), {
      budgetMs: 10,
      now: () => (clock += 8), // 8 ms per text node
    });
    expect(slow.stopped).toBe('budget');
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(3); // the first paragraph only
  });

  it('unwraps to the original DOM: same nodes, same text, same markup', () => {
    const root = setUp(
      '<h1>Kim reçoit Poutine</h1><p>Poutine <b>et</b> Kim Jong Un.<!-- c --> Kim</p><p>rien</p>',
    );
    const html = root.innerHTML;
    const nodes = [...walk(root)];
    const data = nodes.map((n) => (n as CharacterData).data);
    const { unwrap, marks } = wrapMentions(root, createMentionMatcher(PUTIN));
    expect(marks).toHaveLength(5);
    unwrap();
    expect(root.innerHTML).toBe(html);
    const after = [...walk(root)];
    expect(after).toHaveLength(nodes.length);
    after.forEach((n, i) => expect(n).toBe(nodes[i]));
    expect(after.map((n) => (n as CharacterData).data)).toEqual(data);
  });

  it("keeps the page's own text node in place while wrapped", () => {
    const root = setUp('<p>Hier, Poutine est arrivé.</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    wrapMentions(root, createMentionMatcher(PUTIN));
    expect(node.isConnected).toBe(true);
    expect(node.data).toBe('Hier, ');
  });

  it('inserts names as text, never as markup', () => {
    const root = setUp('<p>Le groupe &lt;img src=x onerror=alert(1)&gt; a parlé.</p>');
    wrapMentions(root, createMentionMatcher([['<img src=x onerror=alert(1)>']]));
    expect(root.querySelector('img')).toBeNull();
    expect(marked(root)).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

function* walk(root: Node): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    yield* walk(child);
  }
}
