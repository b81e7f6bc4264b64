import { describe, expect, it } from 'vitest';
import { detectArticle, refusedForText } from '@/lib/extract/detect';
import { parseHtmlDocument } from '@/lib/extract/parse-html';

const PARAGRAPH =
  'The minister told reporters on Tuesday that the negotiations had reached a decisive stage, and that both delegations expected to sign a first agreement before the end of the month.';
const body = (n: number) => Array.from({ length: n }, () => `<p>${PARAGRAPH}</p>`).join('');
const page = (head: string, bodyHtml: string) =>
  parseHtmlDocument(`<!doctype html><html><head>${head}</head><body>${bodyHtml}</body></html>`);

describe('detectArticle', () => {
  it('takes a page of long paragraphs for an article, even with og:type=website (heise does that)', () => {
    const d = detectArticle(
      page('<meta property="og:type" content="website">', body(6)),
      'https://news.example/politics/talks-1234',
    );
    expect(d).toMatchObject({ isArticle: true, reason: null });
  });

  it('needs less text on a page that declares itself an article', () => {
    const short = `<p>${PARAGRAPH} ${PARAGRAPH}</p>`;
    expect(detectArticle(page('', short), 'https://a.example/x').isArticle).toBe(false);
    expect(
      detectArticle(
        page('<meta property="og:type" content="article">', short),
        'https://a.example/x',
      ).isArticle,
    ).toBe(true);
    const jsonLd =
      '<script type="application/ld+json">{"@graph":[{"@type":["ReportageNewsArticle"]}]}</script>';
    expect(detectArticle(page(jsonLd, short), 'https://a.example/x').isArticle).toBe(true);
  });

  it.each([
    ['a front page', 'https://news.example/', ''],
    ['search results', 'https://news.example/search?q=putin', ''],
    ['search results', 'https://news.example/results?query=kim', ''],
    ['a forum or discussion', 'https://forum.example/threads/putin-visit.123/', ''],
    [
      'a forum or discussion',
      'https://q.example/x',
      '<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script>',
    ],
    ['a video page', 'https://tv.example/x', '<meta property="og:type" content="video.other">'],
    [
      'a list of articles',
      'https://news.example/monde',
      '<script type="application/ld+json">{"@type":"CollectionPage"}</script>',
    ],
    [
      'search results',
      'https://news.example/x',
      '<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>',
    ],
  ])('says a page is %s, whatever its text (%s)', (reason, url, head) => {
    expect(detectArticle(page(head, body(6)), url)).toMatchObject({ isArticle: false, reason });
  });

  it('says when there is simply too little text', () => {
    expect(detectArticle(page('', '<p>Hello.</p>'), 'https://a.example/x')).toMatchObject({
      isArticle: false,
      reason: 'not enough text for an article',
    });
  });

  // A section or front page at an address of its own (/monde, /front-page.html): teasers only.
  const teasers = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<article><h3><a href="/monde/story-${i}">Headline number ${i}</a></h3><p>A teaser.</p></article>`,
    ).join('');

  it('says a page of teaser headlines with no text of its own is a list of headlines', () => {
    const d = detectArticle(page('', teasers(12)), 'https://news.example/monde');
    expect(d).toMatchObject({ isArticle: false, reason: 'a list of headlines' });
    // Still refused for its text: a body that arrives late gets its second look.
    expect(refusedForText(d.reason)).toBe(true);
  });

  it('keeps calling a short page short when it shows only a few teasers (a related box)', () => {
    const d = detectArticle(page('', `<p>Hello.</p>${teasers(4)}`), 'https://a.example/x');
    expect(d.reason).toBe('not enough text for an article');
    // The same headline linked twice (image and title) counts once.
    const twice = teasers(4) + teasers(4);
    expect(detectArticle(page('', twice), 'https://a.example/x').reason).toBe(
      'not enough text for an article',
    );
  });

  it('leaves an article with a long list of related headlines an article', () => {
    expect(detectArticle(page('', body(6) + teasers(20)), 'https://a.example/x').isArticle).toBe(
      true,
    );
  });

  it('gives a declared kind no second look', () => {
    expect(refusedForText('a front page')).toBe(false);
    expect(refusedForText('not enough text for an article')).toBe(true);
  });
});
