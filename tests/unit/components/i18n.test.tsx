/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { BackstoryPanel } from '@/components/backstory-panel';
import { I18nContext } from '@/components/i18n';
import { createTranslator } from '@/lib/i18n/translate';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import type { ArticleSummary } from '@/lib/messaging/protocol';

const article: ArticleSummary = {
  key: 'http://news24.localhost/monde/kim',
  url: null,
  canonicalUrl: 'http://news24.localhost/monde/kim',
  title: 'Kim promet son « plein soutien » à la Russie',
  byline: null,
  siteName: 'News 24',
  lang: 'fr',
  publishedAt: '2024-06-19T06:45:00.000Z',
  firstReadAt: 0,
  lastReadAt: 0,
  readCount: 1,
  savedAt: null,
  entities: [],
};

describe('the interface in French', () => {
  it('speaks French, with French dates and language names', () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <BackstoryPanel
          state={{ loading: false, view: { kind: 'article', article }, recent: [] }}
          onOpenOptions={() => {}}
          onToggleSave={() => {}}
        />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('article', { name: 'Article reconnu' }).textContent).toContain(
      'News 24 · français · 19 juin 2024',
    );
    expect(screen.getByRole('button', { name: 'Enregistrer dans les archives' })).toBeTruthy();
  });

  it('translates the reasons a page is not an article', () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <BackstoryPanel
          state={{
            loading: false,
            view: { kind: 'not-article', reason: 'a front page' },
            recent: [],
          }}
        />
      </I18nContext.Provider>,
    );
    expect(
      screen.getByText(
        'Cette page est une page d’accueil, pas un article : Backstory l’a laissée de côté. Ouvrez l’un de ses articles pour voir son sujet et son contexte.',
      ),
    ).toBeTruthy();
    // No article: recent reading, or how it fills.
    expect(screen.getByRole('region', { name: 'Lus récemment' })).toBeTruthy();
  });
});

describe('the message files', () => {
  it('have the same keys in English and French, and the same $n placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(holes(fr[key].message), key).toBe(holes(en[key].message));
    }
  });

  it('hold French punctuation to its word: no line breaks before : ; ! ? » or after «', () => {
    for (const [key, { message }] of Object.entries(fr)) {
      // A plain space there lets a line start with ":" or end with "«".
      expect(message, key).not.toMatch(/ [:;!?»]|« /);
      // A space before ";", "!", "?" and inside « » is narrow (U+202F), before ":" a word
      // space (U+00A0); both are no-break.
      expect(message, key).not.toMatch(/[^\s\u202f][;!?»]|«[^\u202f]/);
      expect(message, key).not.toMatch(/\w:\s/u);
    }
  });
});
