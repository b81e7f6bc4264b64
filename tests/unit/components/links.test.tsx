/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '@/components/entity-card';
import { EntityList } from '@/components/entity-list';
import { RecentArticles } from '@/components/recent-articles';
import { StoryBlock } from '@/components/story-timeline';
import type { EntityBackground, StorySummary } from '@/lib/messaging/protocol';
import { usePanelCss } from './panel-css';
import { french } from './in-french';
import { seedArticle } from './seed-article';

beforeAll(usePanelCss);

/** What the stylesheet's rules give `el` (or its `pseudo`-element), in the cascade's order.
 * (jsdom computes no pseudo-element nor grid.) */
const cascade = (el: Element, pseudo = '') =>
  [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule)
    .filter((r) =>
      r.selectorText
        .split(',')
        .some((sel) =>
          pseudo
            ? el.matches(sel.replace(pseudo, '')) && sel.trim().endsWith(pseudo)
            : !sel.includes('::') && el.matches(sel),
        ),
    )
    .reduce(
      (all, r) => ({
        ...all,
        ...Object.fromEntries([...r.style].map((p) => [p, r.style.getPropertyValue(p)])),
      }),
      {} as Record<string, string>,
    );

const story: StorySummary = {
  id: 's1',
  title: 'Putin visits Pyongyang',
  keyEntities: [],
  firstDate: '2024-06-19T06:00:00Z',
  lastDate: '2024-06-19T09:00:00Z',
  articleCount: 2,
};
const entry = {
  key: 'https://a.example/1',
  url: 'https://a.example/1',
  date: '2024-06-19T06:00:00Z',
  siteName: 'World Desk',
  lang: 'en',
  title: 'Putin lands in Pyongyang',
  sharedEntityIds: [],
  saved: false,
  isNew: false,
};
const colour = (el: Element) => getComputedStyle(el).color;

/** The story block with "Not this story" on each entry (given `entries`, under `heading`). */
const apartBlock = (entries: (typeof entry)[] = [entry], heading = 'This story') => (
  <StoryBlock
    heading={heading}
    story={story}
    entries={entries}
    names={new Map()}
    onSetApart={() => {}}
  />
);

describe('links look like links (defect 5)', () => {
  it('gives headlines and link buttons the accent colour, not the text colour', () => {
    render(apartBlock());
    const headline = screen.getByRole('link', { name: 'Putin lands in Pyongyang' });
    expect(colour(headline)).toBe('var(--accent)');
    const apart = screen.getByRole('button', { name: /^Not this story/ });
    expect(colour(apart)).toBe('var(--accent)');
    expect(getComputedStyle(apart).textDecoration).toContain('underline');
    expect(colour(document.body)).toBe('var(--fg)');
  });

  it('keeps “Not this story” out of sight until the entry is pointed at or focused, never out of reach', () => {
    render(apartBlock([entry, { ...entry, key: 'https://a.example/2', title: 'Kim meets Putin' }]));
    const [first, second] = screen.getAllByRole('button', { name: /^Not this story/ });
    const style = (el: Element) => getComputedStyle(el);
    // Quiet at rest: one headline and its facts per entry, no row of actions.
    expect(style(first!).opacity).toBe('0');
    // Shown, it covers no text: it shows at the right of the headline's last line, in room
    // kept there (a hidden float of its very words after the headline), not over the facts
    // line; the headline's first lines are as long as without it.
    const li = first!.closest('li')!;
    const head = li.querySelector('.entry-head')!;
    expect(head.getAttribute('data-apart')).toBe(first!.textContent);
    expect(cascade(head, '::before')).toEqual({});
    expect(cascade(head, '::after')).toMatchObject({
      float: 'right',
      visibility: 'hidden',
      'font-size': '12px',
    });
    // The headline and the button share the entry's first cell, the button at its bottom right.
    expect(cascade(li)).toMatchObject({ display: 'grid' });
    expect(cascade(head)['grid-area']).toBe(cascade(first!)['grid-area']);
    expect(cascade(first!)).toMatchObject({ 'align-self': 'end', 'justify-self': 'end' });
    expect(style(first!).position).not.toBe('absolute');
    // After the entry's words, read out and reached after them; the facts line is whole.
    const facts = li.querySelector('.meta')!;
    expect(facts.contains(first!)).toBe(false);
    expect(li.lastElementChild).toBe(first);
    expect(facts.textContent).toBe('Jun 19 · World Desk · English · Already read');
    // Reachable all the same: in the tab order and named for assistive technology.
    for (const b of [first!, second!]) {
      expect(style(b).display).not.toBe('none');
      expect(style(b).visibility).not.toBe('hidden');
      expect(b.getAttribute('aria-hidden')).toBeNull();
      expect(b.tabIndex).toBe(0);
    }
    // The keyboard in an entry shows its action, and only its own.
    first!.focus();
    document.body.dataset['focused'] = ''; // jsdom recomputes styles on a DOM change only.
    expect(style(first!).opacity).toBe('1');
    expect(style(second!).opacity).toBe('0');
  });

  /**
   * Lays the story block out as a browser would (jsdom lays nothing out): the headline's text
   * ends 40 px down, its box 60 px down, a line is 20 px: the room kept after its last line took
   * a line of its own. The headline is `lineWidth` wide, the button 80 px (and its 10 px margin).
   * The facts line's box ends at its text (40 px) unless `factsFull`: then the room kept after it
   * took a line of its own too.
   */
  function renderFullLastLine(
    lineWidth: number,
    check: (head: Element, button: Element) => void,
    factsFull = false,
  ) {
    const range = Range.prototype as { getClientRects?: () => unknown };
    const had = range.getClientRects;
    range.getClientRects = () => [{ width: 120, bottom: 40 }];
    const box = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const width = this.classList.contains('apart') ? 80 : lineWidth;
      const facts = this.classList.contains('meta') && !factsFull;
      return { bottom: facts ? 40 : 60, width } as DOMRect;
    });
    document.body.style.lineHeight = '20px';
    try {
      render(apartBlock());
      const button = screen.getByRole('button', { name: /^Not this story/ });
      check(button.closest('li')!.querySelector('.entry-head')!, button);
    } finally {
      range.getClientRects = had;
      box.mockRestore();
      document.body.style.lineHeight = '';
    }
  }

  it('moves the room for “Not this story” to the first line when the last is full: no blank line', () => {
    // A wide panel: the first line keeps most of its width.
    renderFullLastLine(500, (head, button) => {
      expect(head.getAttribute('data-room')).toBe('first');
      // The room is kept on the first line, none after the last; the button shows at the top.
      expect(cascade(head, '::after')).toMatchObject({ content: 'none' });
      expect(cascade(head, '::before')).toMatchObject({ float: 'right', visibility: 'hidden' });
      expect(cascade(button)).toMatchObject({ 'align-self': 'start', 'justify-self': 'end' });
    });
  });

  it('keeps the headline’s first line whole in a narrow panel: the room goes after the facts', () => {
    // 320 px wide, the headline 268: the room would take a third of its first line.
    renderFullLastLine(268, (head, button) => {
      expect(head.getAttribute('data-room')).toBe('facts');
      // No room in the headline, first line or last: its lines are as long as without it.
      expect(cascade(head, '::before')).toEqual({});
      expect(cascade(head, '::after')).toMatchObject({ content: 'none' });
      // The room is kept in the facts line (its very words, hidden), held to its last fact:
      // on the facts' last line, never alone on one, never leaving the date alone on the first
      // ("17 avr. ·", the site on the next line). The button shows there, in the facts' cell at
      // its bottom right.
      const facts = head.nextElementSibling!;
      const room = facts.querySelector('.facts-room')!;
      expect(room.getAttribute('data-room')).toBe(button.textContent);
      expect(room.getAttribute('aria-hidden')).toBe('true');
      const last = room.parentElement!;
      expect(last.textContent).toBe('Already read');
      expect(cascade(last)).toMatchObject({ 'white-space': 'nowrap' });
      // Nor the state alone on the facts' last line ("Déjà lu" under "… anglais ·" at 320 px):
      // the language and the state wrap together; the date and the site stay free of them.
      const pair = last.parentElement!;
      expect(pair).not.toBe(facts);
      expect(pair.textContent).toBe('English · Already read');
      expect(cascade(pair)).toMatchObject({ 'white-space': 'nowrap' });
      expect(pair.parentElement).toBe(facts);
      expect(cascade(room)).toMatchObject({ display: 'inline-block', visibility: 'hidden' });
      expect(cascade(facts, '::after')).toEqual({});
      // Out of the line's text: read out and copied as before.
      expect(facts.textContent).toBe('Jun 19 · World Desk · English · Already read');
      expect(cascade(facts)['grid-area']).toBe('2 / 1');
      expect(cascade(button)).toMatchObject({
        'grid-area': '2 / 1',
        'align-self': 'end',
        'justify-self': 'end',
      });
    });
  });

  it('keeps the room at the start of the facts when their last line is full: no blank line', () => {
    // 320 px wide, the facts line full: the room after it would take a line of its own.
    renderFullLastLine(
      268,
      (head, button) => {
        expect(head.getAttribute('data-room')).toBe('facts-start');
        expect(cascade(head, '::before')).toEqual({});
        expect(cascade(head, '::after')).toMatchObject({ content: 'none' });
        // Kept at the right of the facts' first line (before their words), none after them.
        const facts = head.nextElementSibling!;
        expect(cascade(facts, '::before')).toMatchObject({ float: 'right', visibility: 'hidden' });
        expect(cascade(facts, '::after')).toEqual({});
        expect(cascade(facts)['grid-area']).toBe('2 / 1');
        // The button shows there: the facts' cell, at its top right.
        expect(cascade(button)).toMatchObject({
          'grid-area': '2 / 1',
          'align-self': 'start',
          'justify-self': 'end',
        });
      },
      true,
    );
  });

  it('names “Not this story” by the words it shows, in French too (said to click it by voice)', () => {
    const block = apartBlock([entry], 'Ce sujet');
    render(block);
    let button = screen.getByRole('button', { name: /^Not this story/ });
    expect(button.getAttribute('aria-label')).toBe('Not this story: Putin lands in Pyongyang');
    cleanup();
    render(french(block));
    button = screen.getByRole('button', { name: /Putin lands in Pyongyang$/ });
    // Its accessible name begins with what it shows (WCAG 2.5.3, label in name).
    expect(button.getAttribute('aria-label')!.startsWith(button.textContent!)).toBe(true);
  });

  it('styles “All stories…” and the recent headlines as links, the name chips as text', () => {
    const bg: EntityBackground = {
      id: 'per:Q7747',
      type: 'PER',
      name: 'Vladimir Poutine',
      archive: { count: 2, with: [], stories: [story], storyCount: 3 },
      online: false,
    };
    const putin = seedArticle.entities[0]!;
    render(
      <>
        <EntityCard
          entity={putin}
          card={{ id: putin.id, background: bg }}
          onShowStories={() => {}}
        />
        <RecentArticles articles={[seedArticle]} />
        <EntityList entities={seedArticle.entities} onSelect={() => {}} />
      </>,
    );
    expect(colour(screen.getByRole('button', { name: /^All stories about/ }))).toBe(
      'var(--accent)',
    );
    const recent = within(screen.getByRole('region', { name: 'Recently read' }));
    expect(colour(recent.getByRole('link', { name: seedArticle.title! }))).toBe('var(--accent)');
    expect(colour(screen.getByRole('button', { name: 'Background on OTAN' }))).toBe('var(--fg)');
  });

  it('puts a recent item’s "Also on" link inline in its facts line, underlined, at its size', () => {
    const copy = {
      key: 'https://wire.example/1',
      url: 'https://wire.example/1',
      siteName: 'Wire Daily',
      title: null,
      date: '',
      saved: false,
    };
    render(<RecentArticles articles={[{ ...seedArticle, copies: [copy] }]} />);
    const link = screen.getByRole('link', { name: /^Same text on Wire Daily/ });
    const style = getComputedStyle(link);
    expect(style.display).toBe('inline');
    expect(style.textDecoration).toContain('underline');
    expect(colour(link)).toBe('var(--accent)');
  });

  it('writes a story within one day as one date', () => {
    render(<StoryBlock heading="This story" story={story} entries={[entry]} names={new Map()} />);
    expect(screen.getByText('2 articles, Jun 19, 2024')).toBeTruthy();
  });
});
