import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article';
import { findLead, findStandfirst } from '@/lib/extract/lead';
import { parseHtmlDocument } from '@/lib/extract/parse-html';

const LEAD =
  'The city council voted on Tuesday to close the old bridge to cars from June, after engineers found cracks in two of its piers.';
const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story goes on about the bridge, the traffic it carries every day, the detours that drivers will have to take, and what the shop owners on both banks of the river expect from the months of works ahead.</p>`,
).join('');

// The lead stands in the page header, apart from the body's container, as many news sites set it.
const page = (leadHtml: string, description = LEAD) =>
  parseHtmlDocument(`<!doctype html><html><head><title>Old bridge to close</title>
  <meta name="description" content="${description}"></head><body>
  <div class="top"><div class="kicker"><a href="/city">City</a> <a href="/traffic">Traffic</a></div>
  <h1>Old bridge to close</h1>${leadHtml}</div>
  <div class="columns"><div class="main"><div class="article-body">${PARAGRAPHS}</div>
  <div class="more"><a href="/a">Another story</a> <a href="/b">And another</a></div></div>
  <div class="side"><a href="/c">Most read one</a> <a href="/d">Most read two</a></div></div>
  <footer><p>All rights reserved.</p></footer></body></html>`);

describe('the lead set apart from the body', () => {
  it('opens the text when the page shows its description above the body', () => {
    const r = extractArticle(page(`<div class="standfirst"><strong>${LEAD}</strong></div>`), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text.startsWith(`${LEAD}\n\nParagraph 0 of the story`)).toBe(true);
  });

  it('is found from a cut description ("…"), and its whole text is kept', () => {
    const cut = `${LEAD.slice(0, 80)}…`;
    const r = extractArticle(
      page(`<div class="standfirst"><strong>${LEAD}</strong></div>`, cut),
      null,
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text.startsWith(`${LEAD}\n\n`)).toBe(true);
  });

  it('is not taken from a link (a teaser of this or another story)', () => {
    const r = extractArticle(page(`<a href="/bridge"><span>${LEAD}</span></a>`), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toContain('The city council voted');
  });

  it('is not added twice when the body already holds it, nor when the page does not show it', () => {
    const doc = page('');
    expect(findLead(doc, LEAD, `${LEAD}\n\nMore.`)).toBeNull();
    expect(findLead(doc, LEAD, 'Paragraph 0 of the story')).toBeNull();
  });
});

describe('the standfirst between the headline and the body', () => {
  // No description to find it by: the page shows it only, marked by its place or its class.
  const noDescription = (html: string) => page(html, 'Short tagline.');

  it('opens the text when its class marks it ("chapo", "article-lead", "entry__subtitle")', () => {
    for (const cls of ['chapo', 'article-lead', 'entry__subtitle', 'intro-text']) {
      const r = extractArticle(noDescription(`<div class="${cls}"><p>${LEAD}</p></div>`), null);
      if (!r.ok) throw new Error(r.reason);
      expect(r.article.text.startsWith(`${LEAD}\n\nParagraph 0 of the story`)).toBe(true);
    }
  });

  it('is the subheading right after the headline, or a paragraph in its <header>', () => {
    const doc = noDescription(`<h2>${LEAD}</h2>`);
    expect(
      findStandfirst(doc, 'Paragraph 0 of the story goes on about the bridge, the traffic'),
    ).toBe(LEAD);
    const inHeader = parseHtmlDocument(
      `<!doctype html><html><head><title>Old bridge to close</title></head><body><header><h1>Old bridge to close</h1><p>${LEAD}</p></header>
      <div class="body">${PARAGRAPHS}</div></body>`,
    );
    const r = extractArticle(inHeader, null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text.startsWith(`${LEAD}\n\n`)).toBe(true);
  });

  it('leaves out image captions, author boxes, links and blocks without a class or place', () => {
    const body = 'Paragraph 0 of the story goes on about the bridge, the traffic it carries';
    const cases = [
      `<div class="img_description"><p>${LEAD}</p></div>`,
      `<div class="author-box"><div class="field-description">${LEAD}</div></div>`,
      `<div class="teaser"><a href="/other">${LEAD}</a></div>`,
      `<div class="box"><p>${LEAD}</p></div>`,
      `<figure><figcaption class="summary">${LEAD}</figcaption></figure>`,
      `<div class="intro">Short intro, not prose.</div>`,
    ];
    for (const html of cases) expect(findStandfirst(noDescription(html), body)).toBeNull();
  });

  it('is not taken from before the headline, nor added when the body holds it', () => {
    const before = parseHtmlDocument(
      `<!doctype html><html><head><title>T</title></head><body><div class="teaser"><p>${LEAD}</p></div><h1>Old bridge</h1>
      <div>${PARAGRAPHS}</div></body>`,
    );
    expect(findStandfirst(before, 'Paragraph 0 of the story goes on about the bridge')).toBeNull();
    const doc = noDescription(`<div class="lead"><p>${LEAD}</p></div>`);
    expect(findStandfirst(doc, `${LEAD}\n\nParagraph 0 of the story goes on`)).toBeNull();
  });

  it("is found when the body opens with a drop cap, or with the standfirst's first sentence", () => {
    const dropCap = noDescription(`<div class="intro"><p>${LEAD}</p></div>`);
    const first = dropCap.querySelector('.article-body p')!;
    first.innerHTML = `<span class="initial">P</span>${first.innerHTML.slice(1)}`;
    const r = extractArticle(dropCap, null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text.startsWith(`${LEAD}\n\nParagraph 0 of the story`)).toBe(true);

    // The standfirst and the body open alike, then part: the standfirst is not the body.
    const opening = 'The city council voted on Tuesday to close the old bridge to cars from June.';
    const standfirst = `${opening} Engineers found cracks in two of its piers, and repairs will take a year.`;
    const alike = noDescription(`<p class="lead">${standfirst}</p>`);
    alike.querySelector('.article-body p')!.textContent =
      `${opening} The mayor said that buses and bicycles would still cross it, and that the ferry would run every ten minutes.`;
    const body = `${opening} The mayor said that buses and bicycles would still cross it`;
    expect(findStandfirst(alike, body)).toBe(standfirst);
  });

  it('leaves a date line, a byline and an audio player out of the standfirst', () => {
    const body = 'Paragraph 0 of the story goes on about the bridge, the traffic it carries';
    const dated = noDescription(
      `<p class="intro"><span class="date">19.10.2019, 15:30 Uhr</span><span class="text">${LEAD}</span></p>`,
    );
    expect(findStandfirst(dated, body)).toBe(LEAD);
    const bylineOnly = noDescription(
      '<div class="entry-subhead"><div class="entry-meta"><span class="byline">von <a href="/a">Nadja Muster</a></span> <time>13.12.2022 - 08:13 Uhr</time> <time>13.12.2022 - 08:13 Uhr</time></div></div>',
    );
    expect(findStandfirst(bylineOnly, body)).toBeNull();
    const player = noDescription(
      `<div class="excerpt"><p>${LEAD}</p><audio><p>Your browser does not support the audio element</p></audio><div class="audio-note-controls">Beta Listen to the story 1x 1.25x 1.5x 1.75x 2x 2.5x</div></div>`,
    );
    expect(findStandfirst(player, body)).toBe(LEAD);
  });
});
