import { describe, expect, it } from 'vitest';
import { REASONS } from '@/lib/extract/detect';
import { createTranslator, notArticleSentence } from '@/lib/i18n/translate';
import fr from '@/public/_locales/fr/messages.json';

const en = createTranslator();

describe('notArticleSentence', () => {
  it('tells the reader a list of articles is one, and what to do with it', () => {
    for (const reason of [REASONS['front-page'], REASONS.listing, REASONS.headlines]) {
      expect(notArticleSentence(en, reason)).toMatch(
        /^This page is a (front page|list of articles), not an article, .* Open one of its articles/,
      );
    }
    expect(notArticleSentence(createTranslator(fr), REASONS.headlines)).toMatch(
      /^Cette page est une liste d’articles, pas un article/,
    );
  });

  it('says plainly that a page had too little text, and gives other reasons in brackets', () => {
    expect(notArticleSentence(en, REASONS.short)).toBe(
      'This page shows too little text to be a news article, so Backstory left it alone.',
    );
    expect(notArticleSentence(en, REASONS.video)).toBe(
      'This page does not look like a news article (a video page), so Backstory left it alone.',
    );
    expect(notArticleSentence(en, '')).toBe(
      'This page does not look like a news article, so Backstory left it alone.',
    );
  });
});
