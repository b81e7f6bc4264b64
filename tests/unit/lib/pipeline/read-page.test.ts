import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle, isArticleText } from '@/lib/extract/detect';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { readPage } from '@/lib/pipeline/read-page';

const page = (head: string, bodyHtml: string) =>
  parseHtmlDocument(`<!doctype html><html><head>${head}</head><body>${bodyHtml}</body></html>`);

// A short article split into line-broken blocks, no <p>: the cheap check sees no long paragraph.
const SPLIT_ARTICLE = `<div id="content"><h1>Stammtisch im Mai</h1><div class="text">
  Der nächste Stammtisch findet am Donnerstag im Gasthaus am Markt statt. Wir sprechen über die
  Kommunalwahl, die Plakate und die Verteilung der Flyer in den Stadtteilen.<br><br>
  Gäste sind herzlich willkommen.<br>Bitte bringt gute Laune mit.</div></div>`;

// A paywalled article: a headline and the lead only, but the page says it is an article.
const PAYWALLED = `<article><h1>Rates held again</h1><p class="lead">The central bank kept its key rate unchanged on Thursday, citing sticky services inflation.</p>
  <p>Markets had priced in a pause; the next decision is due in six weeks, in early June, after new figures.</p>
  <p>Subscribe to read more.</p><p>Already a subscriber? Log in.</p></article>`;

// A front page saved without its address: headlines and one-line teasers only.
const TEASERS = Array.from(
  { length: 12 },
  (_, i) =>
    `<div class="teaser"><h2><a href="/story-${i}">Headline number ${i} about the day's news</a></h2><div>A one-line teaser for story ${i}, short.</div></div>`,
).join('');

describe('readPage on pages the cheap check finds short', () => {
  it('reads a short article whose body is split in small blocks', () => {
    const doc = page('', SPLIT_ARTICLE);
    expect(detectArticle(doc, null).isArticle).toBe(false);
    const r = readPage(doc, null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('Der nächste Stammtisch findet am Donnerstag');
    expect(r.article.text).toContain('Bitte bringt gute Laune mit.');
  });

  it('reads the lead of a paywalled article that says it is one', () => {
    const head = '<meta property="og:type" content="article">';
    const r = readPage(page(head, PAYWALLED), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('The central bank kept its key rate unchanged');
  });

  it('still refuses a page of headlines and teasers', () => {
    expect(readPage(page('', TEASERS), null)).toEqual({
      ok: false,
      reason: 'a list of headlines',
    });
  });
});

describe('isArticleText', () => {
  const prose = 'x'.repeat(130);
  it('wants one paragraph of prose and enough text in all', () => {
    expect(isArticleText(`${prose}\n\n${'y'.repeat(80)}`, false)).toBe(true);
    expect(isArticleText(prose, false)).toBe(false);
    expect(isArticleText(Array(10).fill('z'.repeat(70)).join('\n\n'), false)).toBe(false);
  });

  it('takes a shorter paragraph on a page that declares an article', () => {
    const text = Array(3).fill('w'.repeat(90)).join('\n\n');
    expect(isArticleText(text, false)).toBe(false);
    expect(isArticleText(text, true)).toBe(true);
  });
});

describe('a brief that is only its description', () => {
  const BRIEF =
    'M: Who slips next on the black ice? Me: I bet you will be the next to sl… aah. Paff. Ouch. M: Won!';
  const head = (type: string) =>
    `<meta property="og:type" content="${type}"><meta property="og:description" content="${BRIEF}">`;
  const body = `<header><a href="/">A small blog</a></header><div class="post"><h1>Talks with a monster #1</h1><p>${BRIEF}</p></div><footer><a href="/about">About</a></footer>`;

  it('is read when the page declares an article and its text opens with the description', () => {
    const r = readPage(page(head('article'), body), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toBe(BRIEF);
  });

  it('stays out when the page does not declare an article, or the text is another', () => {
    expect(readPage(page(head('website'), body), null).ok).toBe(false);
    expect(isArticleText(BRIEF, true, 'Another description, forty characters or more.')).toBe(
      false,
    );
    expect(isArticleText(BRIEF, true, BRIEF)).toBe(true);
  });
});

describe('a page of a declared kind that is one item to read', () => {
  const ld = (type: string) => `<script type="application/ld+json">{"@type":"${type}"}</script>`;
  const DESCRIPTION = `<p>The platinum edition of the farming game comes out on 22 October with more than forty new vehicles, a new map in the hills and horses that you can ride yourself.</p>
    <p>It is sold as a game of its own and as a paid upgrade for owners of the base game; the trailer shows the new machines at work on the fields and in the forest.</p>`;
  const RELATED = Array.from(
    { length: 8 },
    (_, i) =>
      `<div class="tile"><a href="/videos/${i}"><h3>Another trailer number ${i}</h3></a></div>`,
  ).join('');

  it('reads a video page with its written description under one headline', () => {
    const head = '<meta property="og:type" content="video.other">';
    const r = readPage(
      page(head, `<h1>Farming game grows a year on</h1>${DESCRIPTION}${RELATED}`),
      null,
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('The platinum edition of the farming game');
  });

  it('still refuses a video page with no written text, or a page of several videos', () => {
    const head = '<meta property="og:type" content="video.other">';
    const blurb = '<h1>Farming game trailer</h1><p>The new trailer.</p>';
    expect(readPage(page(head, `${blurb}${RELATED}`), null)).toEqual({
      ok: false,
      reason: 'a video page',
    });
    const two = `<h1>Trailer one</h1>${DESCRIPTION}<h1>Trailer two</h1>${DESCRIPTION}`;
    expect(readPage(page(head, two), null)).toEqual({ ok: false, reason: 'a video page' });
  });

  const POSTS = `<h1>Patch notes 4.47.4</h1>
    <article><h4><a href="/members/1">Moderator</a></h4><p>The light runes of the pharaoh were removed, the colour of spawn announcements changed to orange, and the caliphs now have more health and spawn every twenty minutes.</p><p>Note: the new high-level quests in the rye fields are only shown to players who have already been reborn once. This is on purpose.</p></article>
    <article><h4><a href="/members/2">Player</a></h4><p>A pity the runes are gone; now it is plain hitting again.</p></article>`;

  it('reads a forum thread that declares itself one posting', () => {
    const r = readPage(page(ld('DiscussionForumPosting'), POSTS), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('The light runes of the pharaoh were removed');
  });

  it('still refuses a forum page known only by its address (an index lies there too)', () => {
    expect(readPage(page('', POSTS), 'https://forum.example/threads/patch-notes.3976/')).toEqual({
      ok: false,
      reason: 'a forum or discussion',
    });
  });

  const INTRO = `<h1>Our yoghurts</h1><p>You like yoghurt with fresh fruit and muesli for breakfast, a fruit yoghurt as a snack or a creamy Greek-style yoghurt? Our lactose-free range has the right one for everyone.</p>
    <p>Please note that recipes and nutritional values may change, so that for a while products with the same name and look may be sold with the old or the new recipe.</p>`;

  it('reads a collection page that is a text of its own, with no headline links', () => {
    const products =
      '<ul><li><img src="a.jpg" alt="">Strawberry</li><li><img src="b.jpg" alt="">Peach</li></ul>';
    const r = readPage(page(ld('CollectionPage'), `${INTRO}${products}`), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('Our lactose-free range has the right one for everyone.');
  });

  it('still refuses a list of articles: a teaser headline per item, whatever the excerpts', () => {
    const teasers = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="post"><h2><a href="/story-${i}">Story number ${i}</a></h2><p>${PARAGRAPH_OF(i)}</p></div>`,
    ).join('');
    expect(readPage(page(ld('CollectionPage'), `${INTRO}${teasers}`), null)).toEqual({
      ok: false,
      reason: 'a list of articles',
    });
  });
});

const PARAGRAPH_OF = (i: number) =>
  `The excerpt of story ${i}: the council met on Tuesday evening and voted, after a long debate about the budget for schools, roads and the new swimming pool, to raise the local tax.`;

describe('a photo post whose description runs its lines together', () => {
  const DESC =
    'Places: Shuji: Japan. Walter: Germany. Film: Fuji X-TRA 400. Cameras: Shuji: Widelux. Walter: Pentax Z-1p.';
  const head = `<meta property="og:type" content="article"><meta property="og:description" content="${DESC}">`;
  const body = `<h1>Film swap Shuji and Walter, April 2018</h1><div class="entry">
    <h3>Places</h3><p>Shuji: Japan.</p><p>Walter: Germany.</p><h3>Film</h3><p>Fuji X-TRA 400.</p>
    <h3>Cameras</h3><p>Shuji: Widelux.</p><p>Walter: Pentax Z-1p.</p><h3>Photos</h3></div>`;

  it('is read when the page declares an article and the text opens with the description', () => {
    const r = readPage(page(head, body), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('Fuji X-TRA 400.');
  });

  it('stays out when the text is another', () => {
    expect(isArticleText('Places\n\nItaly.\n\nFilm\n\nKodak Gold 200.', true, DESC)).toBe(false);
  });
});

const fixture = (name: string) =>
  parseHtmlDocument(
    readFileSync(join(import.meta.dirname, '../../../fixtures/extract', name), 'utf8'),
  );

describe('real articles the text rules used to refuse', () => {
  it('reads a short news item in one-sentence paragraphs on a page that says it is an article', () => {
    const r = readPage(fixture('short-news.en.html'), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('Mara Quinn and Theo Lind are getting married');
    expect(r.article.text).toContain('No date has been set for the wedding.');
  });

  it('reads a list-shaped article: numbered headings, a line and a link each', () => {
    const r = readPage(fixture('list-article.en.html'), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('1. Chipmaker shares hit a record.');
    expect(r.article.text).toContain('She will stay on the board as chair.');
  });

  it('reads the one-sentence lead of an article its JSON-LD marks as paywalled, not the prompt', () => {
    const r = readPage(fixture('paywalled.en.html'), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toBe(
      'The chain will shut a tenth of its shops by January and cut 1,200 jobs.',
    );
  });

  it('reads a long deals article of many small blocks whose headline stands in an <article>', () => {
    const r = readPage(fixture('deals.en.html'), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('Nintendo Switch OLED');
    expect(r.article.text).toContain('$299.99');
    expect(r.article.text).toContain('A budget wireless headset with long battery life.');
  });

  it('reads a page whose one <h1> stands in an <article> as one that says it is an article', () => {
    const line = (i: number) =>
      `<p>Paragraph ${i} of the story tells what the council decided on Tuesday and why it matters.</p>`;
    const lines = [1, 2, 3].map(line).join('');
    const inArticle = page('', `<article><h1>Council votes</h1>${lines}</article>`);
    expect(readPage(inArticle, null).ok).toBe(true);
    const outside = page('', `<h1>Council votes</h1><div class="story">${lines}</div>`);
    expect(readPage(outside, null).ok).toBe(false);
  });
});

describe('pages that say they are articles but hold none', () => {
  it('still refuses a page of headline links, even one that declares an article', () => {
    const head = '<meta property="og:type" content="article">';
    const headlines = Array.from(
      { length: 12 },
      (_, i) => `<p><a href="/story-${i}">Headline number ${i} about the news of the day</a></p>`,
    ).join('');
    expect(
      readPage(page(head, `<h1>Latest</h1><div class="list">${headlines}</div>`), null).ok,
    ).toBe(false);
  });

  it('still refuses a front page whose teasers are <article>s with their own headlines', () => {
    const teasers = Array.from(
      { length: 10 },
      (_, i) =>
        `<article><h2><a href="/s/${i}">Story ${i} of the day</a></h2><p>A teaser line about story ${i} of today.</p></article>`,
    ).join('');
    expect(readPage(page('', `<h1>The Daily Example</h1>${teasers}`), null).ok).toBe(false);
  });

  it('still refuses a paywalled page that shows only the prompt', () => {
    const doc = fixture('paywalled.en.html');
    doc.querySelector('article > p')!.remove();
    expect(readPage(doc, null).ok).toBe(false);
  });
});
