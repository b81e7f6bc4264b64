/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { EntityCard } from '@/components/entity-card';
import { EntityList } from '@/components/entity-list';
import { RecentArticles } from '@/components/recent-articles';
import { StoryBlock } from '@/components/story-timeline';
import type { EntityBackground, StorySummary } from '@/lib/messaging/protocol';
import { usePanelCss } from './panel-css';
import { french } from './in-french';
import { seedArticle } from './seed-article';

beforeAll(usePanelCss);

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

describe('links look like links (defect 5)', () => {
  it('gives headlines and link buttons the accent colour, not the text colour', () => {
    render(
      <StoryBlock
        heading="This story"
        story={story}
        entries={[entry]}
        names={new Map()}
        onSetApart={() => {}}
      />,
    );
    const headline = screen.getByRole('link', { name: 'Putin lands in Pyongyang' });
    expect(colour(headline)).toBe('var(--accent)');
    const apart = screen.getByRole('button', { name: /^Not this story/ });
    expect(colour(apart)).toBe('var(--accent)');
    expect(getComputedStyle(apart).textDecoration).toContain('underline');
    expect(colour(document.body)).toBe('var(--fg)');
  });

  it('keeps “Not this story” out of sight until the entry is pointed at or focused, never out of reach', () => {
    render(
      <StoryBlock
        heading="This story"
        story={story}
        entries={[entry, { ...entry, key: 'https://a.example/2', title: 'Kim meets Putin' }]}
        names={new Map()}
        onSetApart={() => {}}
      />,
    );
    const [first, second] = screen.getAllByRole('button', { name: /^Not this story/ });
    const style = (el: Element) => getComputedStyle(el);
    // Quiet at rest: one headline and its facts per entry, no row of actions.
    expect(style(first!).opacity).toBe('0');
    // Shown, it covers no text: it shows at the right of the headline's first line, in room
    // kept there (a hidden float of its very words before the headline), not over the facts
    // line. Kept at the end of the last line, it took a line of its own, blank at rest, when
    // that line was full; the first line always has the room.
    const li = first!.closest('li')!;
    const head = li.querySelector('.entry-head')!;
    expect(head.getAttribute('data-apart')).toBe(first!.textContent);
    // (jsdom computes no pseudo-element nor grid: the stylesheet's rules, as the cascade has it.)
    const rules = (el: Element, pseudo = '') =>
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
    expect(rules(head, '::after')).toEqual({});
    expect(rules(head, '::before')).toMatchObject({
      float: 'right',
      visibility: 'hidden',
      'font-size': '12px',
    });
    // The headline and the button share the entry's first cell, the button at its top right.
    expect(rules(li)).toMatchObject({ display: 'grid' });
    expect(rules(head)['grid-area']).toBe(rules(first!)['grid-area']);
    expect(rules(first!)).toMatchObject({ 'align-self': 'start', 'justify-self': 'end' });
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

  it('names “Not this story” by the words it shows, in French too (said to click it by voice)', () => {
    const block = (
      <StoryBlock
        heading="Ce sujet"
        story={story}
        entries={[entry]}
        names={new Map()}
        onSetApart={() => {}}
      />
    );
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
