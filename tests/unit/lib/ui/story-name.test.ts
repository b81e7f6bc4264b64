import { describe, expect, it } from 'vitest';
import type { StorySummary } from '@/lib/messaging/protocol';
import { sameHeadline, storyHeadline } from '@/lib/ui/story-name';

const story = (over: Partial<StorySummary>): StorySummary => ({
  id: 's1',
  title: 'Fire tears through Notre-Dame',
  keyEntities: [],
  firstDate: '2019-04-15T21:40:00.000Z',
  lastDate: '2019-04-17T16:05:00.000Z',
  articleCount: 3,
  ...over,
});

describe('storyHeadline', () => {
  it('is the story’s name, else its latest headline, else the article’s own title', () => {
    const name = { title: 'Macron veut rebâtir Notre-Dame', lang: 'fr', key: 'k' };
    expect(storyHeadline(story({ name }), 'x')).toEqual({ title: name.title, lang: 'fr' });
    expect(storyHeadline(story({}), 'x')).toEqual({
      title: 'Fire tears through Notre-Dame',
      lang: null,
    });
    expect(storyHeadline(story({ title: null, name: null }), 'Own title')).toEqual({
      title: 'Own title',
      lang: null,
    });
    expect(storyHeadline(story({ title: null }))).toBeNull();
  });
});

describe('sameHeadline', () => {
  it('reads two headlines alike when only their spaces or Unicode forms differ', () => {
    expect(sameHeadline('Notre-Dame : Macron', 'Notre-Dame\u00a0: Macron ')).toBe(true);
    expect(sameHeadline('Macron veut rebâtir', 'Macron veut reba\u0302tir')).toBe(true);
    expect(sameHeadline('Talks with US', 'Talks with us')).toBe(false);
    expect(sameHeadline('Fire tears through Notre-Dame', 'Fire tears through Paris')).toBe(false);
    expect(sameHeadline(null, null)).toBe(false);
    expect(sameHeadline('', '')).toBe(false);
  });
});
