/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EntityBackgrounds } from '@/components/entity-backgrounds';
import { I18nContext } from '@/components/i18n';
import { createTranslator } from '@/lib/i18n/translate';
import fr from '@/public/_locales/fr/messages.json';
import type { EntityBackground } from '@/lib/messaging/protocol';
import type { EntityCardState } from '@/lib/ui/panel-store';
import { seedArticle } from './seed-article';

const kimBackground: EntityBackground = {
  id: 'per:Q56226',
  type: 'PER',
  name: 'Kim Jong-un',
  description: 'dirigeant suprême de la Corée du Nord',
  archive: { count: 0, with: [], stories: [], storyCount: 0 },
  online: false,
};

describe('EntityBackgrounds', () => {
  it('shows nothing until there are cards for the article’s entities', () => {
    const { container, rerender } = render(
      <EntityBackgrounds article={seedArticle} cards={undefined} />,
    );
    expect(container.innerHTML).toBe('');
    rerender(<EntityBackgrounds article={seedArticle} cards={[]} />);
    expect(container.innerHTML).toBe('');
    // A card for an entity the article no longer has is dropped, not shown nameless.
    rerender(<EntityBackgrounds article={seedArticle} cards={[{ id: 'per:elsewhere' }]} />);
    expect(container.innerHTML).toBe('');
  });

  it('labels the region in French and shows each card, loading (asked for) or loaded', () => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <EntityBackgrounds
          article={seedArticle}
          cards={[
            { id: 'per:Q7747', picked: true },
            { id: 'per:Q56226', background: kimBackground },
          ]}
        />
      </I18nContext.Provider>,
    );
    const region = screen.getByRole('region', { name: 'Contexte' });
    const [putin, kim] = within(region).getAllByRole('article');
    expect(putin!.getAttribute('aria-busy')).toBe('true');
    expect(putin!.textContent).toContain('Chargement…');
    expect(kim!.getAttribute('aria-busy')).toBe('false');
    // Named as the background chose; the article's own spelling only on hover, not as a line.
    expect(within(region).getByRole('article', { name: /^Kim Jong-un/ })).toBe(kim);
    expect(kim!.textContent).not.toContain('Kim Jong Un');
    expect(kim!.querySelector('h3')!.getAttribute('title')).toBe('Kim Jong Un');
    expect(kim!.textContent).toContain('dirigeant suprême de la Corée du Nord');
    expect(kim!.textContent).toContain('Vous n’avez encore rien lu à son sujet.');
  });

  it('holds the cards that open by themselves until all are in: no "Loading…" that goes away', () => {
    const bare: EntityBackground = {
      ...kimBackground,
      description: undefined,
      archive: { count: 1, inStory: 1, with: [], stories: [], storyCount: 0 },
    };
    const putin: EntityBackground = { ...bare, id: 'per:Q7747', name: 'Vladimir Putin' };
    const { container, rerender } = render(
      <EntityBackgrounds
        article={seedArticle}
        cards={[{ id: 'per:Q7747', background: putin }, { id: 'per:Q56226' }]}
      />,
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(container.textContent).toBe('');
    // Busy, for whoever waits on it, and out of sight.
    expect(container.querySelector('[aria-busy="true"]')?.hasAttribute('hidden')).toBe(true);
    // Both known only by name, read only in this story (said once): no card at all.
    rerender(
      <EntityBackgrounds
        article={seedArticle}
        cards={[
          { id: 'per:Q7747', background: putin },
          { id: 'per:Q56226', background: bare },
        ]}
      />,
    );
    expect(container.innerHTML).toBe('');
  });

  it('says "not outside this story" once above the cards it is true of, on one line', () => {
    const inStory = (id: string, name: string): EntityBackground => ({
      ...kimBackground,
      id,
      name,
      archive: { count: 2, inStory: 2, with: [], stories: [], storyCount: 1 },
    });
    const cards = [
      { id: 'per:Q7747', background: inStory('per:Q7747', 'Vladimir Putin') },
      { id: 'per:Q56226', background: inStory('per:Q56226', 'Kim Jong Un') },
    ];
    const { rerender } = render(<EntityBackgrounds article={seedArticle} cards={cards} />);
    const region = () => screen.getByRole('region', { name: 'Background' });
    const said = () => region().textContent!.split('this story').length - 1;
    // What it means for the reader, short enough for one line of a 320 px side panel: nothing
    // they read elsewhere names them (their story's articles are listed above).
    expect(region().querySelector('.archive-note.in-story')!.textContent).toBe(
      'Not in anything you read outside this story.',
    );
    expect(said()).toBe(1);
    // Not true of every card: the note names those it is true of; the others keep their line.
    rerender(
      <EntityBackgrounds
        article={seedArticle}
        cards={[...cards, { id: 'loc:Q18808', background: { ...kimBackground, id: 'loc:Q18808' } }]}
      />,
    );
    // A sentence and a list as the language writes them: "Putin and Kim", not "Putin, Kim".
    expect(region().querySelector('.archive-note.in-story')!.textContent).toBe(
      'Not in anything you read outside this story: Vladimir Putin and Kim Jong Un.',
    );
    expect(said()).toBe(1);
    expect(within(region()).getAllByRole('article')[2]!.textContent).toContain(
      'You have not read about it before.',
    );
    // One card alone says it itself.
    rerender(<EntityBackgrounds article={seedArticle} cards={cards.slice(0, 1)} />);
    expect(region().querySelector('.archive-note.in-story')).toBeNull();
    expect(within(region()).getByRole('article').textContent).toContain(
      'Read about before, but only in this story.',
    );
  });

  it('says "not read about before" once when several cards would say it', () => {
    const none = (id: string, name: string) => ({
      id,
      background: { ...kimBackground, id, name },
    });
    const { container } = render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <EntityBackgrounds
          article={seedArticle}
          cards={[none('per:Q7747', 'Vladimir Poutine'), none('per:Q56226', 'Kim Jong-un')]}
        />
      </I18nContext.Provider>,
    );
    expect(container.querySelector('.archive-note')!.textContent).toBe(
      'Vous n’avez encore rien lu à leur sujet.',
    );
    expect(container.textContent!.split('rien lu')).toHaveLength(2);
  });

  it('lists the names a French note is true of as French writes a list (« et »)', () => {
    const none = (id: string, name: string) => ({
      id,
      background: { ...kimBackground, id, name },
    });
    const inStory = {
      ...kimBackground,
      id: 'loc:Q18808',
      name: 'Pyongyang',
      archive: { count: 2, inStory: 2, with: [], stories: [], storyCount: 1 },
    };
    const { container } = render(
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <EntityBackgrounds
          article={seedArticle}
          cards={[
            none('per:Q7747', 'Vladimir Poutine'),
            none('per:Q56226', 'Kim Jong-un'),
            { id: 'loc:Q18808', background: inStory },
          ]}
        />
      </I18nContext.Provider>,
    );
    expect(container.querySelector('.archive-note.none')!.textContent).toBe(
      'Encore rien lu à leur sujet\u00a0: Vladimir Poutine et Kim Jong-un.',
    );
  });

  it('opens no card that knows only a name and a type, unless asked: then one line says so', () => {
    const inStory = { count: 1, inStory: 1, with: [], stories: [], storyCount: 1 };
    const cards: EntityCardState[] = [
      { id: 'per:Q7747', background: { ...kimBackground, id: 'per:Q7747', archive: inStory } },
      {
        id: 'per:Q56226',
        background: {
          ...kimBackground,
          name: 'Kim Jong Un',
          description: undefined,
          archive: inStory,
        },
      },
    ];
    const inFrench = (c: EntityCardState[]) => (
      <I18nContext.Provider value={{ t: createTranslator(fr), locale: 'fr' }}>
        <EntityBackgrounds article={seedArticle} cards={c} />
      </I18nContext.Provider>
    );
    const { rerender } = render(inFrench(cards));
    // Opened by itself, it would say nothing its chip does not: not shown. The other card then
    // says what the reader read of it itself.
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('article').textContent).toContain('dirigeant suprême');
    expect(screen.queryByText(/Pas de description/)).toBeNull();
    expect(document.querySelector('.archive-note')).toBeNull();
    cards[1] = { ...cards[1]!, picked: true };
    rerender(inFrench(cards));
    const [described, bare] = screen.getAllByRole('article');
    expect(described!.textContent).toContain('dirigeant suprême');
    expect(described!.textContent).not.toContain('description');
    // Its name, its type, and what is (not) known: every card says something.
    expect(bare!.textContent).toMatch(/^Kim Jong Un · PersonnePas de description hors ligne\.$/);
    expect(bare!.classList.contains('bare')).toBe(true);
    expect(described!.classList.contains('bare')).toBe(false);
    // Asked of Wikipedia: the answer is on its way, the card is not bare.
    rerender(
      <EntityBackgrounds
        article={seedArticle}
        cards={[
          cards[0]!,
          {
            ...cards[1]!,
            background: { ...cards[1]!.background!, online: true },
            online: { status: 'loading' },
          },
        ]}
      />,
    );
    expect(screen.getAllByRole('article')[1]!.textContent).not.toContain('No description');
  });
});
