/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { StoryBlock } from '@/components/story-timeline';
import type { StorySummary, TimelineEntry } from '@/lib/messaging/protocol';
import { french } from './in-french';
import { usePanelCss } from './panel-css';

beforeAll(usePanelCss);

const TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';
const story: StorySummary = {
  id: 's1',
  title: TITLE,
  keyEntities: [],
  firstDate: '2024-06-18T06:00:00Z',
  lastDate: '2024-06-19T09:00:00Z',
  articleCount: 2,
};
const entry: TimelineEntry = {
  key: 'https://a.example/1',
  url: 'https://a.example/1',
  date: '2024-06-19T06:00:00Z',
  siteName: 'News 24',
  lang: 'fr',
  title: TITLE,
  sharedEntityIds: [],
  saved: false,
  isNew: false,
};
const nowrap = (el: Element) => getComputedStyle(el).whiteSpace === 'nowrap';

describe('an entry’s lines in a narrow popup', () => {
  it('never break inside “Déjà lu” nor a date, nor put a dot at the start of a line', () => {
    render(
      french(<StoryBlock heading="Ce sujet" story={story} entries={[entry]} names={new Map()} />),
    );
    const item = screen.getByRole('listitem');
    const facts = item.querySelector('.meta')!;
    // The same words as before, read out alike.
    expect(facts.textContent).toBe('19 juin · News 24 · français · Déjà lu');
    const read = within(facts as HTMLElement).getByText('Déjà lu');
    expect(nowrap(read)).toBe(true);
    expect(nowrap(within(facts as HTMLElement).getByText('19 juin').parentElement!)).toBe(true);
    // Each dot with its space in a span that does not wrap, inside the fact before it.
    const dots = [...facts.querySelectorAll('span')].filter((s) => s.textContent === ' ·');
    expect(dots).toHaveLength(3);
    for (const dot of dots) expect(nowrap(dot)).toBe(true);
  });

  it('say the day without the year the story’s span gives, the year when two are listed', () => {
    const older = { ...entry, key: 'https://a.example/0', url: 'https://a.example/0' };
    const { unmount } = render(
      french(<StoryBlock heading="Ce sujet" story={story} entries={[entry]} names={new Map()} />),
    );
    expect(screen.getByRole('listitem').querySelector('time')!.textContent).toBe('19 juin');
    unmount();
    const across = [entry, { ...older, date: '2023-12-30T09:00:00Z' }];
    render(
      french(<StoryBlock heading="Ce sujet" story={story} entries={across} names={new Map()} />),
    );
    expect([...document.querySelectorAll('li time')].map((t) => t.textContent)).toEqual([
      '19 juin 2024',
      '30 déc. 2023',
    ]);
  });

  it('never break a headline inside its guillemets', () => {
    render(
      french(<StoryBlock heading="Ce sujet" story={story} entries={[entry]} names={new Map()} />),
    );
    const link = screen.getByRole('link', { name: TITLE });
    expect(link.textContent).toBe(TITLE);
    for (const words of ['« plein', 'soutien »']) {
      expect(nowrap(within(link).getByText(words))).toBe(true);
    }
  });
});
