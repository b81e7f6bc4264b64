/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StoryTimeline } from '@/components/story-timeline';
import type {
  ArticleSummary,
  ArticleTimeline,
  StorySummary,
  TimelineEntry,
} from '@/lib/messaging/protocol';

const article = {
  key: 'https://c.example/3',
  title: 'France to hold contest for new Notre-Dame spire',
  entities: [
    { id: 'loc:Q90', type: 'LOC', name: 'Paris', salience: 1, mentionCount: 3 },
    { id: 'per:Q3052772', type: 'PER', name: 'Emmanuel Macron', salience: 0.8, mentionCount: 2 },
  ],
} as ArticleSummary;

const story = (id: string, title: string): StorySummary => ({
  id,
  title,
  keyEntities: [
    { id: 'loc:Q2981', name: 'Notre-Dame', type: 'LOC' },
    { id: 'loc:Q90', name: 'Paris', type: 'LOC' },
  ],
  firstDate: '2019-04-15T21:40:00.000Z',
  lastDate: '2019-04-17T16:05:00.000Z',
  articleCount: 3,
});

const entry = (key: string, title: string, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  key,
  url: key,
  date: '2019-04-16T19:15:00.000Z',
  siteName: 'Le Quotidien',
  lang: 'fr',
  title,
  sharedEntityIds: ['loc:Q90', 'per:Q3052772', 'per:not-here'],
  saved: false,
  isNew: false,
  ...over,
});

describe('StoryTimeline', () => {
  it('lists the story’s earlier articles with date, site, language, saved or read, shared entities', () => {
    const timeline: ArticleTimeline = {
      story: story('s1', article.title!),
      earlier: [
        entry('https://q.example/2', 'Macron veut rebâtir Notre-Dame', { isNew: true }),
        entry('https://c.example/1', 'Fire tears through Notre-Dame', {
          lang: 'en',
          siteName: 'The Daily Courier',
          saved: true,
          date: '2019-04-15T21:40:00.000Z',
          sharedEntityIds: ['loc:Q90'],
        }),
      ],
      relatedStories: [
        {
          story: story('s0', 'Paris fashion week opens'),
          entries: [entry('https://c.example/0', 'Paris fashion week opens')],
        },
      ],
    };
    render(<StoryTimeline article={article} timeline={timeline} />);
    const region = screen.getByRole('region', { name: 'Earlier coverage you read' });
    // The story is named by its key entities, not by the headline being read.
    expect(
      within(region).getByRole('heading', { name: 'This story: Notre-Dame, Paris' }),
    ).toBeTruthy();
    const items = within(region).getAllByRole('list')[0]!.querySelectorAll('li');
    expect(items[0]!.textContent).toContain('New');
    expect(items[0]!.textContent).toContain('Le Quotidien · French · Read');
    expect(items[0]!.textContent).toContain('Shares: Paris, Emmanuel Macron');
    expect(items[1]!.textContent).toContain('The Daily Courier · English · Saved');
    expect(
      within(items[1] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('reader.html?key=https%3A%2F%2Fc.example%2F1');
    expect(
      within(region).getByRole('heading', { name: 'Related story: Paris fashion week opens' }),
    ).toBeTruthy();
  });

  it('lets the reader take an earlier article out of this story, and put it back', () => {
    const timeline: ArticleTimeline = {
      story: story('s1', article.title!),
      earlier: [entry('https://q.example/2', 'Macron veut rebâtir Notre-Dame')],
      relatedStories: [
        {
          story: story('s0', 'Paris fashion week opens'),
          entries: [entry('https://c.example/0', 'Paris fashion week opens')],
        },
      ],
    };
    const apart: { key: string; title: string | null }[] = [];
    let undone = 0;
    const { rerender } = render(
      <StoryTimeline
        article={article}
        timeline={timeline}
        onSetApart={(e) => apart.push(e)}
        onUndoApart={() => undone++}
      />,
    );
    // Offered on this story's articles only: a related story is not this story anyway.
    const buttons = screen.getAllByRole('button', { name: /^Not this story/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Not this story: Macron veut rebâtir Notre-Dame',
    ]);
    buttons[0]!.click();
    expect(apart).toEqual([
      { key: 'https://q.example/2', title: 'Macron veut rebâtir Notre-Dame' },
    ]);

    rerender(
      <StoryTimeline
        article={article}
        timeline={{ ...timeline, earlier: [] }}
        apart={apart[0]}
        onSetApart={(e) => apart.push(e)}
        onUndoApart={() => undone++}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain(
      '“Macron veut rebâtir Notre-Dame” is no longer grouped with this story.',
    );
    screen.getByRole('button', { name: 'Undo' }).click();
    expect(undone).toBe(1);
  });

  it('says when the reader took this very article out of its story, and offers to put it back', () => {
    let putBack = 0;
    render(
      <StoryTimeline
        article={article}
        timeline={{
          apart: true,
          story: story('s9', article.title!),
          earlier: [],
          relatedStories: [],
        }}
        onPutBack={() => putBack++}
      />,
    );
    expect(screen.getByText(/You took this article out of its story\./)).toBeTruthy();
    screen.getByRole('button', { name: 'Put it back' }).click();
    expect(putBack).toBe(1);
  });

  it('says so in plain words when there is nothing earlier, and shows nothing while loading', () => {
    const { container, rerender } = render(
      <StoryTimeline article={article} timeline={undefined} />,
    );
    expect(container.innerHTML).toBe('');
    rerender(<StoryTimeline article={article} timeline={null} />);
    expect(screen.getByText('Nothing earlier on this story in your reading yet.')).toBeTruthy();
  });

  it('names the story’s key entities as the article list does (reader’s language)', () => {
    const localized = {
      ...article,
      entities: article.entities.map((e) =>
        e.id === 'loc:Q90' ? { ...e, displayName: 'Parigi' } : e,
      ),
    } as ArticleSummary;
    render(
      <StoryTimeline
        article={localized}
        timeline={{
          story: story('s1', article.title!),
          earlier: [entry('https://q.example/2', 'Macron veut rebâtir Notre-Dame')],
          relatedStories: [],
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'This story: Notre-Dame, Parigi' })).toBeTruthy();
    expect(screen.getByText('Shares: Parigi, Emmanuel Macron')).toBeTruthy();
  });

  it('links an earlier article only over http(s), and survives impossible dates (#20)', () => {
    const timeline: ArticleTimeline = {
      story: { ...story('s1', article.title!), lastDate: 'not a date' },
      earlier: [
        entry('javascript:alert(1)', 'Crafted', { date: '+275760-09-13T00:00:00.001Z' }),
        entry('https://q.example/2', 'Macron veut rebâtir Notre-Dame'),
      ],
      relatedStories: [],
    };
    render(<StoryTimeline article={article} timeline={timeline} />);
    const region = screen.getByRole('region', { name: 'Earlier coverage you read' });
    expect(within(region).getByText('Crafted').closest('a')).toBeNull();
    expect(
      within(region)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://q.example/2']);
  });
});
