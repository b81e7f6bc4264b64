import { describe, expect, it } from 'vitest';
import type { ArticleSummary, ArticleTimeline, TimelineEntry } from '@/lib/messaging/protocol';
import { otherReading } from '@/lib/ui/other-reading';
import { seedArticle } from '../../components/seed-article';

const read = (key: string): ArticleSummary => ({ ...seedArticle, key, title: key });
const entry = (key: string, current = false): TimelineEntry => ({
  key,
  url: key,
  date: '2024-06-19T06:00:00Z',
  siteName: null,
  lang: 'en',
  title: key,
  sharedEntityIds: [],
  saved: false,
  isNew: false,
  ...(current ? { current } : {}),
});
const story = {
  id: 's',
  title: 'a',
  keyEntities: [],
  firstDate: '2024-06-18T00:00:00Z',
  lastDate: '2024-06-19T00:00:00Z',
  articleCount: 2,
};

describe('otherReading', () => {
  it('leaves out the article being read, its story and the related stories shown above', () => {
    const timeline: ArticleTimeline = {
      story,
      entries: [entry('here', true), entry('same-story')],
      relatedStories: [{ story: { ...story, id: 'r' }, entries: [entry('related')] }],
    };
    const recent = ['here', 'other-1', 'same-story', 'related', 'other-2'].map(read);
    expect(otherReading(recent, read('here'), timeline).map((a) => a.key)).toEqual([
      'other-1',
      'other-2',
    ]);
    expect(otherReading(recent, read('here'), timeline, 1).map((a) => a.key)).toEqual(['other-1']);
  });

  it('leaves out a text the timeline lists "also on" another site, under either address', () => {
    const copy = (key: string) => ({
      key,
      url: key,
      siteName: null,
      title: key,
      date: '',
      saved: false,
    });
    const timeline: ArticleTimeline = {
      story,
      entries: [{ ...entry('here', true), copies: [copy('here-elsewhere')] }],
      relatedStories: [
        { story: { ...story, id: 'r' }, entries: [{ ...entry('related'), copies: [copy('b')] }] },
      ],
    };
    const recent = [
      read('here-elsewhere'),
      read('other'),
      // Listed once as read on two sites, one of them shown above as a copy.
      { ...read('a'), copies: [copy('b')] },
    ];
    expect(otherReading(recent, read('here'), timeline).map((a) => a.key)).toEqual(['other']);
  });

  it('keeps everything, up to the limit, when no article is being read', () => {
    const recent = ['a', 'b', 'c'].map(read);
    expect(otherReading(recent, undefined, undefined, 2).map((a) => a.key)).toEqual(['a', 'b']);
  });
});
