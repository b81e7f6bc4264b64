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
      reason: 'not enough text for an article',
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
