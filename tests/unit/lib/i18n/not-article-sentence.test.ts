import { describe, expect, it } from 'vitest';
import { FOREIGN_FRAME_REASON, REASONS } from '@/lib/extract/detect';
import { createTranslator, notArticleSentence } from '@/lib/i18n/translate';
import frMessages from '@/public/_locales/fr/messages.json';

const en = createTranslator();

describe('notArticleSentence', () => {
  it('tells the reader a list of articles is one, and what to do with it', () => {
    for (const reason of [REASONS['front-page'], REASONS.listing, REASONS.headlines]) {
      expect(notArticleSentence(en, reason)).toMatch(
        /^This page is a (front page|list of articles), not an article, .* Open one of its articles/,
      );
    }
    expect(notArticleSentence(createTranslator(frMessages), REASONS.headlines)).toMatch(
      /^Cette page est une liste d’articles, pas un article/,
    );
  });

  it('says plainly that a page had too little text', () => {
    expect(notArticleSentence(en, REASONS.short)).toBe(
      'This page shows too little text to be a news article, so Backstory left it alone.',
    );
    expect(notArticleSentence(en, '')).toBe(
      'This page does not look like a news article, so Backstory left it alone.',
    );
  });

  it('says what a search page, a video, a forum or a framed article is, without brackets', () => {
    const fr = createTranslator(frMessages);
    expect(notArticleSentence(en, REASONS.search)).toBe(
      'This page lists search results, not an article, so Backstory left it alone. Open one of the results to see its story and background.',
    );
    expect(notArticleSentence(fr, REASONS.search)).toMatch(
      /^Cette page liste des résultats de recherche, pas un article\s: .* Ouvrez l’un des résultats/,
    );
    for (const reason of [REASONS.search, REASONS.video, REASONS.forum, FOREIGN_FRAME_REASON]) {
      for (const t of [en, fr]) {
        const sentence = notArticleSentence(t, reason);
        expect(sentence, reason).not.toMatch(/[()]/);
        expect(sentence, reason).not.toBe(notArticleSentence(t, ''));
      }
    }
  });

  it('gives a reason it does not know in brackets', () => {
    expect(notArticleSentence(en, 'a login page')).toBe(
      'This page does not look like a news article (a login page), so Backstory left it alone.',
    );
  });
});
