/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { french } from './in-french';
import { usePanelCss } from './panel-css';
import { EntityBackgrounds } from '@/components/entity-backgrounds';
import { EntityCard } from '@/components/entity-card';
import { lookupOfflineFacts } from '@/lib/kb/offline-facts';
import type { ArticleSummary, EntityBackground, EntitySummary } from '@/lib/messaging/protocol';

const putin: EntitySummary = {
  id: 'per:Q7747',
  type: 'PER',
  name: 'Vladimir Poutine',
  salience: 1,
  mentionCount: 5,
};

const background: EntityBackground = {
  id: 'per:Q7747',
  type: 'PER',
  name: 'Vladimir Putin',
  description: 'President of Russia',
  qid: 'Q7747',
  archive: {
    count: 3,
    first: {
      key: 'https://a.example/1',
      title: 'A',
      siteName: 'World Desk',
      date: '2024-06-12T00:00:00Z',
    },
    last: { key: 'https://a.example/3', title: 'C', siteName: null, date: '2024-06-19T00:00:00Z' },
    with: [{ id: 'per:Q56226', name: 'Kim Jong Un', type: 'PER', count: 2 }],
    stories: [
      {
        id: 's1',
        title: 'Putin visits Pyongyang',
        keyEntities: [],
        firstDate: '2024-06-18T00:00:00Z',
        lastDate: '2024-06-19T00:00:00Z',
        articleCount: 3,
      },
    ],
    storyCount: 2,
  },
  online: false,
};

/** The card of Putin with `archive` as what the reader's archive knows. */
const cardWith = (archive: EntityBackground['archive']) => (
  <EntityCard entity={putin} card={{ id: putin.id, background: { ...background, archive } }} />
);
describe('EntityCard', () => {
  it('shows the name in the reader’s language, one line, and what the other articles add', () => {
    render(<EntityCard entity={putin} card={{ id: putin.id, background }} />);
    const card = screen.getByRole('article', { name: /Vladimir Putin/ });
    expect(card.textContent).toContain('Person');
    // The article's own spelling is no unlabelled line of its own: the heading's tooltip has it,
    // and, for a person it spells another way, a line that says whose spelling it is.
    expect(screen.queryByText('Vladimir Poutine')).toBeNull();
    expect(card.querySelector('h3')!.getAttribute('title')).toBe('Vladimir Poutine');
    expect(screen.getByText('President of Russia')).toBeTruthy();
    expect(screen.getByText('President of Russia').nextElementSibling!.textContent).toBe(
      'In the article: Vladimir Poutine',
    );
    expect(
      screen.getByText(
        'In 3 other articles you read: first Jun 12, 2024 (World Desk), last Jun 19, 2024.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Often with: Kim Jong Un')).toBeTruthy();
    expect(screen.getByText('Other stories: Putin visits Pyongyang (Jun 19, 2024)')).toBeTruthy();
  });

  it('says an estimated count as one, rounded: "about 6,000"', () => {
    const many = { ...background.archive, count: 5_987, inStory: 12, approximate: true as const };
    render(cardWith(many));
    expect(
      screen.getByText(
        'In about 6,000 articles outside this story: first Jun 12, 2024 (World Desk), last Jun 19, 2024.',
      ),
    ).toBeTruthy();
    render(french(cardWith(many)));
    expect(screen.getAllByRole('article')[1]!.textContent).toMatch(
      /Dans environ 6\u202f000 articles hors de ce sujet/,
    );
  });

  it('cites the one other article by its headline', () => {
    const one = { ...background.archive, count: 1, last: background.archive.first };
    render(cardWith(one));
    expect(
      screen.getByText('In one other article you read: “A” (World Desk, Jun 12, 2024).'),
    ).toBeTruthy();
  });

  it('lists the other stories by their names, as their timelines head them', () => {
    const named = {
      ...background.archive.stories[0]!,
      title: 'Kim Jong Un hosts a banquet',
      name: { title: 'Putin visits Pyongyang', lang: 'en', key: 'https://a.example/2' },
    };
    render(cardWith({ ...background.archive, count: 5, inStory: 2, stories: [named] }));
    const line = screen.getByRole('article').querySelector('.stories')!;
    expect(line.textContent).toContain('Putin visits Pyongyang (Jun 19, 2024)');
    expect(line.textContent).not.toContain('banquet');
  });

  it('does not repeat the story on the page: it says what lies outside it, or that nothing does', () => {
    const { rerender } = render(
      <EntityCard
        entity={putin}
        card={{
          id: putin.id,
          background: { ...background, archive: { ...background.archive, count: 5, inStory: 2 } },
        }}
        onShowStories={() => {}}
      />,
    );
    expect(
      screen.getByText(
        'In 3 articles outside this story: first Jun 12, 2024 (World Desk), last Jun 19, 2024.',
      ),
    ).toBeTruthy();
    const onlyHere = { count: 2, inStory: 2, with: [], stories: [], storyCount: 1 };
    rerender(
      <EntityCard
        entity={putin}
        card={{ id: putin.id, background: { ...background, archive: onlyHere } }}
        onShowStories={() => {}}
      />,
    );
    const card = screen.getByRole('article');
    expect(screen.getByText('Read about before, but only in this story.')).toBeTruthy();
    expect(card.querySelector('button')).toBeNull();
  });

  it('writes the count as the French write numbers', () => {
    const many = { ...background.archive, count: 1234 };
    render(french(cardWith(many)));
    expect(screen.getByRole('article').textContent).toMatch(
      /Dans 1\u202f234 autres de vos articles\u00a0: le premier 12 juin 2024 \(World Desk\), le dernier 19 juin 2024\./,
    );
  });

  it('offers no list of stories when the only story about it is the one being read', () => {
    // The background leaves the current story out of `stories`; the card then has no list to offer.
    const onlyThis = { ...background.archive, stories: [], storyCount: 1 };
    render(
      <EntityCard
        entity={putin}
        card={{ id: putin.id, background: { ...background, archive: onlyThis } }}
        onShowStories={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: /All stories/ })).toBeNull();
    expect(screen.queryByText(/stories:/i)).toBeNull();
  });

  it('lists every story about it, with their latest articles, once the reader asks', () => {
    let asked = 0;
    const card = { id: putin.id, background };
    const { rerender } = render(
      <EntityCard entity={putin} card={card} onShowStories={() => asked++} />,
    );
    screen.getByRole('button', { name: 'All stories about Vladimir Putin (2)' }).click();
    expect(asked).toBe(1);
    rerender(
      <EntityCard
        entity={putin}
        card={{ ...card, stories: { status: 'loading' } }}
        onShowStories={() => asked++}
      />,
    );
    expect(screen.queryByRole('button', { name: /All stories/ })).toBeNull();
    const entry = (key: string, title: string, date: string) => ({
      key,
      url: key,
      date,
      siteName: 'World Desk',
      lang: 'fr',
      title,
      sharedEntityIds: [putin.id],
      saved: false,
      isNew: false,
    });
    rerender(
      <EntityCard
        entity={putin}
        card={{
          ...card,
          stories: {
            total: 3,
            stories: [
              {
                story: background.archive.stories[0]!,
                entries: [
                  entry(
                    'https://a.example/3',
                    'Putin lands in <b>Pyongyang</b>',
                    '2024-06-19T00:00:00Z',
                  ),
                  entry('https://a.example/1', 'A visit is announced', '2024-06-18T00:00:00Z'),
                ],
              },
            ],
          },
        }}
        onShowStories={() => asked++}
      />,
    );
    const list = screen.getByRole('group', { name: 'Stories about Vladimir Putin' });
    expect(list.querySelector('h4')?.textContent).toBe('Putin visits Pyongyang');
    const links = [...list.querySelectorAll('a')];
    // Newest first, as text: a headline's markup is never rendered.
    expect(links.map((a) => a.textContent)).toEqual([
      'Putin lands in <b>Pyongyang</b>',
      'A visit is announced',
    ]);
    expect(links[0]!.getAttribute('href')).toBe('https://a.example/3');
    expect(list.querySelector('b')).toBeNull();
    expect(list.textContent).toContain('2 older stories not shown');
  });

  it('offers the list again when it could not be loaded', () => {
    render(
      <EntityCard
        entity={putin}
        card={{ id: putin.id, background, stories: { status: 'failed' } }}
        onShowStories={() => {}}
      />,
    );
    expect(screen.getByText('The stories could not be listed.')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'All stories about Vladimir Putin (2)' }),
    ).toBeTruthy();
  });

  it('says so when the reader has not read about it before, and while it loads', () => {
    const { rerender } = render(<EntityCard entity={putin} card={{ id: putin.id }} />);
    expect(screen.getByRole('article').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Loading…')).toBeTruthy();
    rerender(
      <EntityCard
        entity={putin}
        card={{
          id: putin.id,
          background: {
            ...background,
            description: undefined,
            // Whatever else came with it, a card with no other article lists nothing read.
            archive: { ...background.archive, count: 0 },
          },
        }}
        onShowStories={() => {}}
      />,
    );
    const card = screen.getByRole('article');
    expect(screen.getByText('You have not read about it before.')).toBeTruthy();
    expect(card.textContent).not.toContain('Often with');
    expect(card.textContent).not.toContain('stories');
    expect(card.querySelector('button')).toBeNull();
  });

  it('shows Wikipedia’s summary as text with a link, and a quiet note when it failed', () => {
    const extract = '<img src=x onerror=alert(1)> Vladimir Putin is a Russian politician.';
    const { container, rerender } = render(
      <EntityCard
        entity={putin}
        card={{
          id: putin.id,
          background: { ...background, online: true },
          online: {
            status: 'ok',
            qid: 'Q7747',
            summary: {
              title: 'Vladimir Putin',
              extract,
              url: 'https://en.wikipedia.org/wiki/Vladimir_Putin',
              lang: 'en',
            },
          },
        }}
      />,
    );
    expect(screen.getByText(extract)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    const link = screen.getByRole('link', { name: 'Read more on Wikipedia' });
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Vladimir_Putin');
    expect(link.getAttribute('rel')).toContain('noopener');
    rerender(
      <EntityCard
        entity={putin}
        card={{ id: putin.id, background, online: { status: 'failed', reason: 'timeout' } }}
      />,
    );
    expect(screen.getByText(/Wikipedia could not be reached \(no answer in time\)/)).toBeTruthy();
    // What is known offline stays.
    expect(screen.getByText('President of Russia')).toBeTruthy();
  });

  it('never links to a summary URL that is not http(s)', () => {
    render(
      <EntityCard
        entity={putin}
        card={{
          id: putin.id,
          background,
          online: {
            status: 'ok',
            qid: 'Q7747',
            summary: { title: 'x', extract: 'y', url: 'javascript:alert(1)', lang: 'en' },
          },
        }}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('EntityBackgrounds', () => {
  it('lists the cards of the article’s entities in order, under one heading', () => {
    const kim: EntitySummary = { ...putin, id: 'per:Q56226', name: 'Kim Jong Un' };
    const article = { key: 'https://a.example/3', entities: [putin, kim] } as ArticleSummary;
    render(
      <EntityBackgrounds
        article={article}
        cards={[{ id: kim.id, picked: true }, { id: putin.id, background }, { id: 'per:gone' }]}
      />,
    );
    const section = screen.getByRole('region', { name: 'Background' });
    expect([...section.querySelectorAll('h3')].map((h) => h.firstChild?.textContent)).toEqual([
      'Kim Jong Un',
      'Vladimir Putin',
    ]);
  });

  it('keeps the type with its word when a long name wraps: no "·" left at a line’s end', () => {
    usePanelCss();
    const unsc: EntitySummary = {
      id: 'org:Q37470',
      type: 'ORG',
      name: 'Conseil de sécurité des Nations unies',
      salience: 1,
      mentionCount: 1,
    };
    render(french(<EntityCard entity={unsc} card={{ id: unsc.id }} />));
    const heading = screen.getByRole('heading', { level: 3 });
    // Read aloud as "… · Organisation"; laid out as two flex items that wrap whole.
    expect(heading.textContent).toBe('Conseil de sécurité des Nations unies · Organisation');
    expect(getComputedStyle(heading).display).toBe('flex');
    expect(getComputedStyle(heading).flexWrap).toBe('wrap');
    const type = heading.querySelector('.type')!;
    expect(getComputedStyle(type).whiteSpace).toBe('nowrap');
    const dot = [...type.querySelectorAll('span')].find((e) => e.textContent === ' · ')!;
    expect(getComputedStyle(dot).position).toBe('absolute');
  });

  it('names the entity as its chip does while the background loads', () => {
    render(
      <EntityCard entity={{ ...putin, displayName: 'Vladimir Putin' }} card={{ id: putin.id }} />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/^Vladimir Putin/);
  });
});

describe('EntityCard names', () => {
  it('marks the language of a name the KB has none for in the reader’s', () => {
    const hotel: EntitySummary = {
      id: 'loc:hotel-de-ville',
      type: 'LOC',
      name: 'Hôtel de Ville',
      nameLang: 'fr',
      salience: 1,
      mentionCount: 1,
    };
    const bg: EntityBackground = {
      ...background,
      id: hotel.id,
      type: 'LOC',
      name: 'Hôtel de Ville',
      nameLang: 'fr',
      description: undefined,
      qid: undefined,
    };
    render(<EntityCard entity={hotel} card={{ id: hotel.id, background: bg }} />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toContain('Hôtel de Ville FR(French)');
    expect(within(heading).getByText('Hôtel de Ville').getAttribute('lang')).toBe('fr');
  });

  it('shows a name in the reader’s language unmarked', () => {
    render(<EntityCard entity={putin} card={{ id: putin.id, background }} />);
    expect(screen.getByRole('heading', { level: 3 }).querySelector('.name-lang')).toBeNull();
  });

  it('says where a country is, from the offline knowledge base', () => {
    const korea: EntitySummary = {
      id: 'loc:Q423',
      type: 'LOC',
      name: 'Corée du Nord',
      salience: 1,
      mentionCount: 3,
    };
    const facts = lookupOfflineFacts(korea, 'en')!;
    const bg: EntityBackground = {
      ...background,
      id: korea.id,
      type: 'LOC',
      name: facts.name!,
      description: facts.description,
    };
    render(<EntityCard entity={korea} card={{ id: korea.id, background: bg }} />);
    const card = screen.getByRole('article', { name: /North Korea/ });
    expect(within(card).getByText('country in East Asia')).toBeTruthy();
  });
});
