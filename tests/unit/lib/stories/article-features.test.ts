import { describe, expect, it } from 'vitest';
import { NUMBER_SWITCH, numberWords, readFeatures } from '@/lib/stories/article-features';
import type { StoredArticle } from '@/lib/db/schema';

const article = (title: string, text: string, lang = 'en') =>
  ({
    key: 'k',
    title,
    text,
    lang,
    url: null,
    publishedAt: null,
    firstReadAt: 0,
    lastReadAt: 0,
    readCount: 1,
    entities: [],
    entityIds: [],
  }) as unknown as StoredArticle;

describe('numberWords', () => {
  it('gives a decimal the same feature whatever its separator', () => {
    expect(numberWords('iOS 7.1 is out')).toEqual(['#7.1']);
    expect(numberWords('la versión 7,1 de iOS')).toEqual(['#7.1']);
  });

  it('keeps numbers of two digits or more and leaves single digits out', () => {
    expect(numberWords('Day 1 update is 840 MB, 3 of 25 servers')).toEqual(['#840', '#25']);
  });
});

describe('readFeatures with numbers on', () => {
  it('counts the numbers among the words, keyed by language', () => {
    NUMBER_SWITCH.on = true;
    try {
      const tf = readFeatures(article('Magnitude 6.1 quake', 'A 6.1 quake hit.'), false).tf;
      expect(tf.get('en:#6.1')).toBe(2);
    } finally {
      NUMBER_SWITCH.on = false;
    }
    expect(readFeatures(article('Magnitude 6.1 quake', ''), false).tf.has('en:#6.1')).toBe(false);
  });
});
