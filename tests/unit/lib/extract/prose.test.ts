import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { proseChars } from '@/lib/extract/prose';

const para = (i: number) =>
  `<p>Paragraph ${i} of the report tells how the harbour authority spent the money it raised last year, which projects were delayed, and why the dock workers' union says the new cranes came too late for the winter season.</p>`;
const BODY = Array.from({ length: 12 }, (_, i) => para(i)).join('');
// A disclosure long enough (over 500 characters) for Readability to settle on it.
const DISCLOSURE = `<div class="disclosure-text"><p>${'Some of the offers on this site come from partners who pay us when you apply through our links; this may affect where and how they appear, but never what our writers say about them. '.repeat(3)}</p></div>`;

const page = (articleClass: string) =>
  parseHtmlDocument(`<!doctype html><html><head><title>Harbour money</title></head><body>
  <h1>Harbour money</h1>${DISCLOSURE}
  <div class="${articleClass}">${BODY}</div>
  <footer><p>Footer text of the site, all rights reserved.</p></footer></body></html>`);

describe('prose on the page', () => {
  it('counts paragraphs of prose, not navigation, footers, comments or short lines', () => {
    const doc = parseHtmlDocument(`<!doctype html><html><head></head><body>
      <nav><p>${'Menu entry '.repeat(20)}</p></nav><div id="comments">${para(1)}</div>
      <p>Too short.</p><div class="story">${para(2)}</div><footer>${para(3)}</footer></body></html>`);
    expect(proseChars(doc)).toBe(doc.querySelector('.story p')!.textContent!.length);
  });
});

describe('a short result on a page with much more prose', () => {
  it('is read again when Readability dropped the article container as unlikely', () => {
    // "sidebar" makes Readability's first pass drop the container; the disclosure is what is left.
    const r = extractArticle(page('sidebar-wrap story'), null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('Paragraph 11 of the report');
    expect(r.article.text).toContain('Paragraph 0 of the report');
  });
});
