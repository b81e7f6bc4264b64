import { describe, expect, it } from 'vitest';
import { readFeatures, readNumbers } from '@/lib/stories/article-features';
import { ARTICLE_NUMBERS, STORY_NUMBERS } from '@/lib/stories/params';
import { buildStory } from '@/lib/stories/profile';
import type { StoryMember } from '@/lib/stories/rows';

describe('readNumbers', () => {
  it('reads the distinct numbers of a text in order, in one form whatever the notation', () => {
    const text =
      'A 6.1 magnitude quake struck on May 03, 2008, killing 1,200; aftershocks of 4,5 and 6.1 followed.';
    expect(readNumbers(text)).toEqual(['6.1', '3', '2008', '1200', '4.5']);
  });

  it("leaves out the digits of a name ('Galaxy S5', 'G20')", () => {
    expect(readNumbers('Galaxy S5 and iOS 7.1 at the G20 summit, 2nd day')).toEqual(['7.1']);
  });

  it(`keeps the first ${ARTICLE_NUMBERS}`, () => {
    const text = Array.from({ length: 30 }, (_, i) => `${i + 1} ships`).join(', ');
    const numbers = readNumbers(text);
    expect(numbers).toHaveLength(ARTICLE_NUMBERS);
    expect(numbers[0]).toBe('1');
  });

  it("are read with an article's features, from its title and text", () => {
    const raw = readFeatures({
      key: 'k',
      url: 'https://news.example/1',
      title: 'Magnitude 7.3 quake',
      text: 'The toll rose to 40.',
      lang: 'en',
      firstReadAt: 0,
    } as Parameters<typeof readFeatures>[0]);
    expect(raw.numbers).toEqual(['7.3', '40']);
  });
});

describe('buildStory: numbers', () => {
  const member = (key: string, numbers?: string[]) =>
    ({
      key,
      storyId: 's',
      date: 0,
      dated: false,
      firstReadAt: 0,
      joinedAt: 0,
      lang: 'en',
      title: null,
      url: null,
      siteName: null,
      saved: false,
      entities: [],
      terms: [['en:quake', 1]],
      names: {},
      signature: key,
      ...(numbers && { numbers }),
    }) as StoryMember;

  it('keeps the numbers its members mention, those most mention first', () => {
    const s = buildStory('s', [member('a', ['7.3', '40']), member('b', ['40', '2013'])]);
    expect(s.numbers?.[0]).toBe('40');
    expect([...s.numbers!].sort()).toEqual(['2013', '40', '7.3']);
    // Grown from its own row, it keeps them (the most mentioned still first).
    const grown = buildStory('s', [s, member('c', ['6.1'])]);
    expect(grown.numbers?.[0]).toBe('40');
    expect([...grown.numbers!].sort()).toEqual(['2013', '40', '6.1', '7.3']);
  });

  it(`keeps at most ${STORY_NUMBERS}, and none when no member mentions one`, () => {
    const many = Array.from({ length: 4 }, (_, i) =>
      member(
        `m${i}`,
        Array.from({ length: 20 }, (_, j) => String(i * 100 + j)),
      ),
    );
    expect(buildStory('s', many).numbers).toHaveLength(STORY_NUMBERS);
    expect(buildStory('s', [member('a')]).numbers).toBeUndefined();
  });
});
