/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { StoryTimeline } from '@/components/story-timeline';
import { french } from './in-french';
import { usePanelCss } from './panel-css';
import type {
  ArticleSummary,
  ArticleTimeline,
  StorySummary,
  TimelineEntry,
} from '@/lib/messaging/protocol';
import type { StoredArticle } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { timelineForArticle } from '@/lib/stories/timeline';
import {
  QUAKE_EN,
  QUAKE_EN_2,
  QUAKE_FR,
  key,
  quake,
  story as stored,
} from '../lib/stories/helpers';
import { useTestDb } from '../use-test-db';

const article = {
  key: 'https://q.example/2',
  title: 'Macron veut rebâtir Notre-Dame',
  lang: 'fr',
  savedAt: null,
  entities: [
    { id: 'loc:Q90', type: 'LOC', name: 'Paris', salience: 1, mentionCount: 3 },
    { id: 'per:Q3052772', type: 'PER', name: 'Emmanuel Macron', salience: 0.8, mentionCount: 2 },
  ],
} as ArticleSummary;

const SPIRE = 'France to hold contest for new Notre-Dame spire';
const FIRE = 'Fire tears through Notre-Dame';

const story = (id: string, title: string, over: Partial<StorySummary> = {}): StorySummary => ({
  id,
  title,
  keyEntities: [
    { id: 'loc:Q2981', name: 'Notre-Dame', type: 'LOC' },
    { id: 'loc:Q90', name: 'Paris', type: 'LOC' },
  ],
  firstDate: '2019-04-15T21:40:00.000Z',
  lastDate: '2019-04-17T16:05:00.000Z',
  articleCount: 3,
  ...over,
});

const entry = (key: string, title: string, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  key,
  url: key,
  date: '2019-04-16T19:15:00.000Z',
  siteName: 'Le Quotidien',
  lang: 'fr',
  title,
  sharedEntityIds: ['loc:Q90', 'per:Q3052772', 'per:not-here'],
  saved: false,
  isNew: false,
  ...over,
});

/** The Notre-Dame story seen from its middle article: a later one, this one, an earlier one. */
const WHOLE: TimelineEntry[] = [
  entry('https://c.example/3', SPIRE, {
    lang: 'en',
    siteName: 'The Daily Courier',
    date: '2019-04-17T16:05:00.000Z',
    isNew: true,
  }),
  entry(article.key, article.title!, { current: true }),
  entry('https://c.example/1', FIRE, {
    lang: 'en',
    siteName: 'The Daily Courier',
    saved: true,
    date: '2019-04-15T21:40:00.000Z',
  }),
];

// A new sentence long for the popup's list: Poutine's delegation, 199 characters.
const long =
  'Poutine est accompagné de plusieurs hauts responsables, dont le ministre de la Défense ' +
  'Andrei Belousov, le ministre des Affaires étrangères Sergueï Lavrov et le vice-Premier ' +
  'ministre Denis Mantrurov.';

/** The timeline with one sentence new in the article, `text`, read after one other. */
const withNewSentence = (text: string) => (
  <StoryTimeline
    article={article}
    timeline={{ story: story('s1', SPIRE), entries: WHOLE, relatedStories: [] }}
    newInArticle={{ sentences: [{ text, start: 0, end: text.length, novelty: 1 }], readBefore: 1 }}
  />
);

describe('StoryTimeline', () => {
  it('lists the whole story newest first, later coverage too, this article marked in place', () => {
    const timeline: ArticleTimeline = {
      story: story('s1', SPIRE, { name: { title: SPIRE, lang: 'en', key: 'https://c.example/3' } }),
      entries: WHOLE,
      relatedStories: [
        {
          story: story('s0', 'Paris fashion week opens'),
          entries: [entry('https://c.example/0', 'Paris fashion week opens')],
        },
      ],
    };
    render(<StoryTimeline article={article} timeline={timeline} />);
    const region = screen.getByRole('region', { name: 'This story' });
    expect(region.textContent).toContain('3 articles, Apr 15\u2009–\u200917, 2019');
    const list = within(region).getByRole('list', {
      name: 'Articles of this story you read, newest first',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    // The later article first, new since the reader last looked.
    expect(items[0]!.textContent).toContain('New');
    // Its state in words that are no command: "Already read", not "Read".
    expect(items[0]!.textContent).toMatch(/Apr 17 · The Daily Courier · English · Already read$/);
    // This one in place, not a link to itself.
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
    expect(items[1]!.textContent).toContain('You are reading this');
    expect(within(items[1]!).queryByRole('link')).toBeNull();
    // Its headline heads the card: this entry does not say it again.
    expect(items[1]!.textContent).not.toContain(article.title!);
    // Being read: it says so, and neither that it was read nor its language.
    expect(items[1]!.textContent).toMatch(/Apr 16 · Le Quotidien$/);
    expect(items[2]!.textContent).toContain('The Daily Courier · English · Saved');
    expect(within(items[2]!).getByRole('link').getAttribute('href')).toBe(
      'reader.html?key=https%3A%2F%2Fc.example%2F1',
    );
    // Within the story, no list of shared names; a related story says what it shares.
    expect(list.textContent).not.toContain('Shares');
    const related = screen.getByRole('region', { name: 'Earlier related stories' });
    expect(within(related).getByRole('heading', { name: 'Paris fashion week opens' })).toBeTruthy();
    expect(related.textContent).toContain('Shares: Paris, Emmanuel Macron');
    // The story comes before related stories.
    expect(region.compareDocumentPosition(related) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('heads its card with the article’s headline, its language said when not the reader’s', () => {
    const named = (title: string, lang: string): ArticleTimeline => ({
      story: story('s1', 'Notre-Dame, Paris', { name: { title, lang, key: 'k' } }),
      entries: WHOLE,
      relatedStories: [],
    });
    // The story named after an English headline: the card is the French article's, headed by
    // its headline (the Save beside it is this article's), in French for a French reader.
    const { rerender } = render(
      french(<StoryTimeline article={article} timeline={named(SPIRE, 'en')} />),
    );
    const heading = () =>
      screen.getByRole('region', { name: /^(Ce sujet|This story)$/ }).querySelector('h2')!;
    expect(heading().textContent).toBe(article.title);
    // For an English reader, the French headline is marked up as French, and says no language
    // on screen: the reader has the article in front of them ("(French)" took a line of its own).
    rerender(<StoryTimeline article={article} timeline={named(SPIRE, 'en')} />);
    expect(heading().textContent).toBe(article.title);
    expect(heading().querySelector('[lang="fr"]')?.textContent).toBe(article.title);
    // An article without a headline: the story's name, its language said.
    const untitled = { ...article, title: null };
    rerender(french(<StoryTimeline article={untitled} timeline={named(SPIRE, 'en')} />));
    expect(heading().textContent).toBe(`${SPIRE} (anglais)`);
    // Never a bare list of entity names: without a name, the story's latest headline.
    rerender(
      french(
        <StoryTimeline
          article={untitled}
          timeline={{ story: story('s1', SPIRE), entries: WHOLE, relatedStories: [] }}
        />,
      ),
    );
    expect(heading().textContent).toBe(SPIRE);
    expect(heading().textContent).not.toContain('Notre-Dame, Paris');
  });

  it('shows what is new in this article, as text, under the story’s name', () => {
    const timeline: ArticleTimeline = {
      story: story('s1', SPIRE),
      entries: WHOLE,
      relatedStories: [],
    };
    const sentences = [
      { text: 'Le chantier durera <b>cinq ans</b>.', start: 10, end: 45, novelty: 0.9 },
      { text: 'Un concours international est lancé.', start: 60, end: 96, novelty: 0.8 },
    ];
    render(
      <StoryTimeline
        article={article}
        timeline={timeline}
        newInArticle={{ sentences, readBefore: 2 }}
      />,
    );
    const group = screen.getByRole('group', { name: 'New in this article' });
    const items = () =>
      within(group)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    // The first sentence, the other one a tap away: the timeline stays in the first screen.
    expect(items()).toEqual([sentences[0]!.text]);
    const more = within(group).getByRole('button', { name: '1 more sentence' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(items()).toEqual(sentences.map((s) => s.text));
    const fewer = within(group).getByRole('button', { name: 'Show less' });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    // Escape folds what the button unfolded, and leaves the focus on it.
    fireEvent.keyDown(within(group).getAllByRole('listitem')[1]!, { key: 'Escape' });
    expect(items()).toEqual([sentences[0]!.text]);
    expect(document.activeElement).toBe(more);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(group.querySelector('b')).toBeNull();
    expect(group.querySelector('ul')!.getAttribute('lang')).toBe('fr');
    // Under the name, before the timeline.
    const list = screen.getByRole('list', { name: /^Articles of this story/ });
    expect(group.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is the article’s card when the article is in a story: its headline once, Save at hand', () => {
    const onToggleSave = vi.fn();
    const timeline: ArticleTimeline = {
      story: story('s1', SPIRE, {
        name: { title: article.title!, lang: 'fr', key: article.key },
      }),
      entries: WHOLE,
      relatedStories: [],
    };
    const { rerender } = render(
      <StoryTimeline article={article} timeline={timeline} onToggleSave={onToggleSave} />,
    );
    const region = screen.getByRole('region', { name: 'This story' });
    const card = within(region).getByRole('article', { name: 'Recognised article' });
    // The story's name is the article's headline: the story's heading.
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(article.title);
    // Its entry does not say those words again, three lines lower: it is its mark, then its
    // date and site on one line; no language nor "Read" (the reader has it in front of them).
    const current = within(region).getByText('You are reading this').closest('li')!;
    expect(current.getAttribute('aria-current')).toBe('true');
    expect(current.textContent).toBe('You are reading thisApr 16 · Le Quotidien');
    expect(current.querySelectorAll('.meta')).toHaveLength(1);
    expect(within(current).queryByRole('link')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Save to archive' }));
    expect(onToggleSave).toHaveBeenCalledExactlyOnceWith(article);
    // Saved: the button says so, the saved copy is at hand, the entry says Saved.
    const saved = { ...article, savedAt: Date.UTC(2019, 3, 18) };
    rerender(
      <StoryTimeline
        article={saved}
        timeline={timeline}
        onToggleSave={onToggleSave}
        saving={saved.key}
      />,
    );
    const unsave = screen.getByRole('button', { name: 'Saved — remove from archive' });
    expect((unsave as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('link', { name: 'Read saved copy' }).getAttribute('href')).toBe(
      'reader.html?key=https%3A%2F%2Fq.example%2F2',
    );
    expect(screen.getByText('You are reading this').closest('li')!.textContent).toMatch(
      /Le Quotidien · Saved$/,
    );
    // Alone in its story, it is no story's header: no card, no name.
    rerender(
      <StoryTimeline
        article={article}
        timeline={{ ...timeline, entries: [entry(article.key, article.title!, { current: true })] }}
      />,
    );
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('folds a long new sentence to two lines, whole in the page, its language said', () => {
    render(withNewSentence(long));
    const group = screen.getByRole('group', { name: 'New in this article' });
    const item = within(group).getByRole('listitem');
    // Read out and copied whole; shown on two lines, the rest a tap away.
    expect(item.textContent).toBe(long);
    expect(item.querySelector('.clipped')?.textContent).toBe(long);
    // The article's words in its language, said to be French to an English reader.
    expect(group.textContent).toMatch(/^New in this articleFR\(French\)/);
    const whole = within(group).getByRole('button', { name: 'Whole sentence' });
    // On the heading's line, before the sentence: the box is a line shorter.
    expect(whole.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(whole);
    expect(item.querySelector('.clipped')).toBeNull();
    expect(
      within(group).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('folds a new sentence by the width it has: whole in a wide side panel, whole at 2.5 lines', () => {
    const middling =
      'Le ministre a confirmé que les travaux de la flèche reprendront au printemps, ' +
      'après un long hiver de consolidation.';
    const show = (text: string) => render(withNewSentence(text));
    // Two and a half lines of the popup: folding would hide half a line, so it is shown whole.
    const { unmount } = show(middling);
    let group = screen.getByRole('group', { name: 'New in this article' });
    expect(group.querySelector('.clipped')).toBeNull();
    expect(within(group).queryByRole('button')).toBeNull();
    unmount();
    // A side panel 700 px wide holds the long one on three lines: whole, nothing to unfold.
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(700);
    try {
      show(long);
      group = screen.getByRole('group', { name: 'New in this article' });
      expect(group.querySelector('.clipped')).toBeNull();
      expect(within(group).queryByRole('button', { name: 'Whole sentence' })).toBeNull();
    } finally {
      width.mockRestore();
    }
  });

  it('folds a new sentence by the lines the browser lays it out on, not by its length', () => {
    usePanelCss();
    // Sixty characters of Japanese: short by count, three lines of a 315 px list at 13 px.
    const japanese =
      '岸田首相は記者会見で、能登半島地震の被災地の復興に向けた新たな支援策を発表し、' +
      '来年度予算に盛り込む考えを示した。';
    const show = (text: string, lines: number) => {
      // Its whole height, as laid out (a line-clamp does not cut it): 13 px at 1.35 a line.
      const height = vi
        .spyOn(HTMLElement.prototype, 'scrollHeight', 'get')
        .mockReturnValue(lines * 13 * 1.35);
      const view = render(withNewSentence(text));
      height.mockRestore();
      return { view, group: screen.getByRole('group', { name: 'New in this article' }) };
    };
    // Laid out on three lines: clamped to two, "Whole sentence" offered, the text whole.
    let { view, group } = show(japanese, 3);
    expect(group.querySelector('.clipped')?.textContent).toBe(japanese);
    fireEvent.click(within(group).getByRole('button', { name: 'Whole sentence' }));
    expect(group.querySelector('.clipped')).toBeNull();
    view.unmount();
    // The long French one, laid out on two lines of a wide side panel: whole, nothing to unfold.
    ({ view, group } = show(long, 2));
    expect(group.querySelector('.clipped')).toBeNull();
    expect(within(group).queryByRole('button')).toBeNull();
    expect(within(group).getByRole('listitem').textContent).toBe(long);
    view.unmount();
  });

  it('folds a long new sentence from the clause with its new name, its start a click away', () => {
    // The French pledge: Arnault, LVMH, the Bettencourts and L'Oréal were read before; only
    // Total is new, at its end. Clamped from its start, it showed "… tout comme la famille…".
    const pledge =
      "Bernard Arnault et le groupe LVMH ont annoncé 200 millions d'euros, tout comme la " +
      "famille Bettencourt et L'Oréal, tandis que Total a promis 100 millions.";
    const sentence = { text: pledge, start: 0, end: pledge.length, novelty: 1 };
    render(
      french(
        <StoryTimeline
          article={article}
          timeline={{ story: story('s1', SPIRE), entries: WHOLE, relatedStories: [] }}
          newInArticle={{
            sentences: [{ ...sentence, lead: pledge.indexOf('Total') }],
            readBefore: 2,
          }}
        />,
      ),
    );
    const group = screen.getByRole('group', { name: 'Nouveau dans cet article' });
    const item = within(group).getByRole('listitem');
    // In sight: its clause with Total (after an ellipsis, panel.css).
    const shown = item.querySelector('.from-clause')!;
    expect(shown.textContent).toBe('tandis que Total a promis 100 millions.');
    // Its start out of sight only: the item reads and copies as the whole sentence.
    const start = shown.previousElementSibling!;
    expect(start.className).toBe('visually-hidden');
    expect(item.textContent).toBe(pledge);
    fireEvent.click(within(group).getByRole('button', { name: 'Phrase entière' }));
    expect(item.querySelector('.visually-hidden, .from-clause')).toBeNull();
    expect(item.textContent).toBe(pledge);
  });

  it('unfolds the other new sentences in French with the count in words', () => {
    const sentences = [1, 2, 3].map((n) => ({
      text: `Phrase ${n}.`,
      start: n * 10,
      end: n * 10 + 9,
      novelty: 1,
    }));
    render(
      french(
        <StoryTimeline
          article={article}
          timeline={{ story: story('s1', SPIRE), entries: WHOLE, relatedStories: [] }}
          newInArticle={{ sentences, readBefore: 2 }}
        />,
      ),
    );
    const group = screen.getByRole('group', { name: 'Nouveau dans cet article' });
    fireEvent.click(within(group).getByRole('button', { name: '2 de plus' }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(3);
    within(group).getByRole('button', { name: 'Afficher moins' });
  });

  it('lets the reader take another article out of this story, and put it back', () => {
    const timeline: ArticleTimeline = {
      story: story('s1', SPIRE),
      entries: WHOLE,
      relatedStories: [
        {
          story: story('s0', 'Paris fashion week opens'),
          entries: [entry('https://c.example/0', 'Paris fashion week opens')],
        },
      ],
    };
    const apart: { key: string; title: string | null }[] = [];
    let undone = 0;
    const { rerender } = render(
      <StoryTimeline
        article={article}
        timeline={timeline}
        onSetApart={(e) => apart.push(e)}
        onUndoApart={() => undone++}
      />,
    );
    // Offered on this story's other articles only: not on this one, not on a related story.
    const buttons = screen.getAllByRole('button', { name: /^Not this story/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      `Not this story: ${SPIRE}`,
      `Not this story: ${FIRE}`,
    ]);
    buttons[0]!.click();
    expect(apart).toEqual([{ key: 'https://c.example/3', title: SPIRE }]);

    rerender(
      <StoryTimeline
        article={article}
        timeline={{ ...timeline, entries: WHOLE.slice(1) }}
        apart={apart[0]}
        onSetApart={(e) => apart.push(e)}
        onUndoApart={() => undone++}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain(
      `“${SPIRE}” is no longer grouped with this story.`,
    );
    screen.getByRole('button', { name: 'Undo' }).click();
    expect(undone).toBe(1);
  });

  it('says when the reader took this very article out of its story, and offers to put it back', () => {
    let putBack = 0;
    render(
      <StoryTimeline
        article={article}
        timeline={{
          apart: true,
          story: story('s9', article.title!),
          entries: [entry(article.key, article.title!, { current: true })],
          relatedStories: [],
        }}
        onPutBack={() => putBack++}
      />,
    );
    expect(screen.getByText(/You took this article out of its story\./)).toBeTruthy();
    screen.getByRole('button', { name: 'Put it back' }).click();
    expect(putBack).toBe(1);
  });

  it('says so in plain words when the story has nothing else, and shows nothing while loading', () => {
    const { container, rerender } = render(
      <StoryTimeline article={article} timeline={undefined} />,
    );
    expect(container.innerHTML).toBe('');
    rerender(<StoryTimeline article={article} timeline={null} />);
    expect(screen.getByText('Nothing else on this story in your reading yet.')).toBeTruthy();
    rerender(
      <StoryTimeline
        article={article}
        timeline={{
          story: story('s1', article.title!, { articleCount: 1 }),
          entries: [entry(article.key, article.title!, { current: true })],
          relatedStories: [],
        }}
        newInArticle={{
          sentences: [{ text: 'Stray.', start: 0, end: 6, novelty: 1 }],
          readBefore: 0,
        }}
      />,
    );
    expect(screen.getByText('Nothing else on this story in your reading yet.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'New in this article' })).toBeNull();
  });

  it('shows one wire text read on several sites as one entry, also on the others, linked', () => {
    const WIRE = 'Notre-Dame: Macron promises to rebuild within five years';
    const wire = entry('https://wire-one.example/a', WIRE, {
      lang: 'en',
      siteName: 'Wire One',
      copies: [
        {
          key: 'https://wire-two.example/b',
          url: 'https://wire-two.example/b',
          siteName: 'Wire Two',
          title: WIRE,
          date: '2019-04-16T21:00:00.000Z',
          saved: false,
        },
        {
          key: 'https://wire-three.example/c',
          url: 'https://wire-three.example/c',
          siteName: null,
          // Its own headline there: the link is named by it.
          title: 'Macron: Notre-Dame rebuilt in five years',
          date: '2019-04-17T08:00:00.000Z',
          saved: true,
        },
      ],
    });
    const timeline: ArticleTimeline = {
      story: story('s1', SPIRE, { articleCount: 2 }),
      entries: [wire, entry(article.key, article.title!, { current: true })],
      relatedStories: [],
    };
    const { rerender } = render(<StoryTimeline article={article} timeline={timeline} />);
    const region = screen.getByRole('region', { name: 'This story' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Also on Wire Two, wire-three.example');
    const two = within(items[0]!).getByRole('link', { name: `Same text on Wire Two: ${WIRE}` });
    expect(two.getAttribute('href')).toBe('https://wire-two.example/b');
    expect(two.textContent).toBe('Wire Two');
    // A saved copy opens in the reader, as a saved entry does.
    const three = within(items[0]!).getByRole('link', {
      name: 'Same text on wire-three.example: Macron: Notre-Dame rebuilt in five years',
    });
    expect(three.getAttribute('href')).toBe('reader.html?key=https%3A%2F%2Fwire-three.example%2Fc');
    expect(items[1]!.textContent).not.toContain('Also on');
    expect(region.textContent).toContain('2 articles');

    // In French; and the article being read, whose only other reading is its copy, shows its
    // story (what it was read as elsewhere), not "nothing else".
    rerender(
      french(
        <StoryTimeline
          article={article}
          timeline={{
            story: story('s1', article.title!, { articleCount: 1 }),
            entries: [
              entry(article.key, article.title!, {
                current: true,
                copies: wire.copies!.slice(0, 1),
              }),
            ],
            relatedStories: [],
          }}
        />,
      ),
    );
    const fr = screen.getByRole('region', { name: 'Ce sujet' });
    expect(fr.textContent).not.toContain('Rien d');
    const only = within(fr).getByRole('listitem');
    expect(only.textContent).toContain('Aussi sur Wire Two');
    expect(
      within(only).getByRole('link', { name: `Même texte sur Wire Two\u00a0: ${WIRE}` }),
    ).toBeTruthy();
  });

  it('links an earlier article only over http(s), and survives impossible dates (#20)', () => {
    const timeline: ArticleTimeline = {
      story: { ...story('s1', article.title!), lastDate: 'not a date' },
      entries: [
        entry('javascript:alert(1)', 'Crafted', { date: '+275760-09-13T00:00:00.001Z' }),
        entry('https://q.example/2', 'Macron veut rebâtir Notre-Dame'),
      ],
      relatedStories: [],
    };
    render(<StoryTimeline article={article} timeline={timeline} />);
    const region = screen.getByRole('region', { name: 'This story' });
    expect(within(region).getByText('Crafted').closest('a')).toBeNull();
    expect(
      within(region)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://q.example/2']);
  });

  it('says each headline once when the story is named after an earlier article', () => {
    const timeline: ArticleTimeline = {
      story: story('s1', SPIRE, { name: { title: FIRE, lang: 'en', key: 'https://c.example/1' } }),
      entries: WHOLE,
      relatedStories: [
        {
          // A related story named by its only headline, and a copy of it syndicated elsewhere.
          story: story('s0', 'Paris fashion week opens'),
          entries: [
            entry('https://c.example/0', 'Paris fashion week opens', { siteName: 'Mode' }),
            entry('https://d.example/0', 'Paris fashion week opens', { siteName: 'Style' }),
          ],
        },
      ],
    };
    render(<StoryTimeline article={article} timeline={timeline} />);
    const region = screen.getByRole('region', { name: 'This story' });
    // Headed by the article being read's headline, not by the earlier one the story is named
    // after: that one shows once, in its entry (a link to its saved copy, then its facts).
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(article.title);
    expect(region.textContent!.split(FIRE)).toHaveLength(2);
    expect(region.textContent!.split(article.title!)).toHaveLength(2);
    const items = within(region).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain(SPIRE);
    expect(items[1]!.textContent).toBe('You are reading thisApr 16 · Le Quotidien');
    expect(items[2]!.textContent).toBe(`${FIRE}Apr 15 · The Daily Courier · English · Saved`);
    const link = within(items[2]!).getByRole('link', { name: FIRE });
    expect(link.getAttribute('href')).toBe('reader.html?key=https%3A%2F%2Fc.example%2F1');
    const related = screen.getByRole('region', { name: 'Earlier related stories' });
    expect(
      within(related)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Paris fashion week opens', 'Paris fashion week opens']);
  });

  it('says an entry’s state in French as a state: “Déjà lu”, and “Vous lisez cet article”', () => {
    const timeline: ArticleTimeline = {
      story: story('s1', SPIRE, { name: { title: SPIRE, lang: 'en', key: 'https://c.example/3' } }),
      entries: WHOLE,
      relatedStories: [],
    };
    render(french(<StoryTimeline article={article} timeline={timeline} />));
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/ · anglais · Déjà lu$/);
    expect(items[1]!.textContent).toMatch(/^Vous lisez cet article/);
    expect(items[1]!.textContent).toMatch(/16 avr. · Le Quotidien$/);
    expect(items[2]!.textContent).toMatch(/ · anglais · Enregistré$/);
  });

  it('says the article’s headline once: its entry is its mark and its facts', () => {
    // The card is headed by the article being read's headline: its entry would repeat the
    // heading's words three lines under it.
    const named = (over: Partial<StorySummary>): ArticleTimeline => ({
      story: story('s1', SPIRE, over),
      entries: WHOLE,
      relatedStories: [],
    });
    const { rerender } = render(
      french(
        <StoryTimeline
          article={article}
          timeline={named({ name: { title: article.title!, lang: 'fr', key: article.key } })}
        />,
      ),
    );
    const heading = () => screen.getByRole('heading', { level: 2 });
    const here = () => screen.getByText('Vous lisez cet article').closest('li')!;
    expect(heading().textContent).toBe(article.title);
    expect(here().textContent).toBe('Vous lisez cet article16 avr. · Le Quotidien');
    expect(here().getAttribute('aria-current')).toBe('true');
    // The same words from another key (a copy's), spaced otherwise: the same on screen.
    rerender(
      french(
        <StoryTimeline
          article={article}
          timeline={named({
            name: { title: ` ${article.title!.replace(' ', '\u00a0')}`, lang: 'fr', key: 'x' },
          })}
        />,
      ),
    );
    expect(here().textContent).toBe('Vous lisez cet article16 avr. · Le Quotidien');
    // Named after another article: the heading is still this one's headline, its entry still
    // its mark and its facts, and the other keeps its headline, once.
    rerender(
      french(
        <StoryTimeline
          article={article}
          timeline={named({ name: { title: SPIRE, lang: 'en', key: 'https://c.example/3' } })}
        />,
      ),
    );
    expect(heading().textContent).toBe(article.title);
    expect(here().textContent).toBe('Vous lisez cet article16 avr. · Le Quotidien');
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(new RegExp(`^Nouveau${SPIRE}`));
    expect(screen.getByRole('region', { name: 'Ce sujet' }).textContent!.split(SPIRE)).toHaveLength(
      2,
    );
  });

  describe('from a database', () => {
    const testDb = useTestDb();

    it('shows a wire text and its copy with a dateline and a credit, on two sites, as one entry', async () => {
      const db = testDb();
      const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;
      const onSite = (n: number, site: string, text: string): StoredArticle => {
        const readAt = Date.UTC(2025, 2, 2, 9 + n);
        const a = stored(n, {
          day: 1,
          text,
          entities: quake,
          title: 'Quake hits Valparaiso',
          readAt,
        });
        const url = `https://${site}/${n}`;
        return { ...a, key: url, url, canonicalUrl: url, siteName: site };
      };
      const read = [
        stored(1, { day: 0, text: QUAKE_FR, entities: quake, lang: 'fr' }),
        onSite(2, 'wire-one.example', WIRE),
        onSite(3, 'wire-two.example', `VALPARAISO (AFP) — ${WIRE}\n\nWith AFP`),
      ];
      for (const a of read) {
        await db.articles.add(a);
        await addToStories(db, a, { now: a.firstReadAt });
      }
      const timeline = (await timelineForArticle(db, key(1)))!;
      render(
        <StoryTimeline
          article={{ ...article, key: key(1), title: read[0]!.title! }}
          timeline={timeline}
        />,
      );
      const items = within(screen.getByRole('region', { name: 'This story' })).getAllByRole(
        'listitem',
      );
      expect(items).toHaveLength(2);
      expect(items[0]!.textContent).toContain('Also on wire-two.example');
      expect(
        within(items[0]!).getByRole('link', {
          name: 'Same text on wire-two.example: Quake hits Valparaiso',
        }),
      ).toBeTruthy();
    });
  });
});
