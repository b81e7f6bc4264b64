import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { findSplitBody } from '@/lib/extract/split-body';

const sentence = (topic: string) =>
  `The second part of the story is about ${topic}: the council heard from engineers, shop owners and the people who cross the bridge twice a day, and each of them had a different view of what the works would cost the town.`;
const para = (topic: string) => `<p>${sentence(topic)}</p>`;

// A page builder's layout: the body in several rows of one template, with other rows between.
const row = (inner: string, extra = '') =>
  `<div class="vc_row wpb_row${extra}"><div class="wpb_column"><div class="wpb_text_column"><div class="wpb_wrapper">${inner}</div></div></div></div>`;

function page(): Document {
  return parseHtmlDocument(`<!doctype html><html><head><title>Old bridge to close</title></head><body>
  <nav><a href="/">Home</a></nav>
  <div class="entry-content">
    ${row(para('the traffic') + para('the detours'))}
    ${row('<img src="bridge.jpg" alt="">')}
    ${row(`<h2>The works</h2>${para('the piers')}${para('the cracks')}${para('the divers')}`)}
    ${row(para('the ferry'))}
    ${row(`<div class="author-box"><p>Anna Muster writes about the town hall, its budget and its quarrels, and has done so for the paper since the flood of 2002.</p></div>`)}
    ${row(`<p>Support our journalism!</p><p>Local reporting costs money: every reader who gives a little keeps the paper free for the others who cannot.</p>`)}
  </div>
  <div class="related"><a href="/a">Another story</a></div>
  </body></html>`);
}

describe('findSplitBody', () => {
  it('adds the rows of the same template around the extracted one, not the author box or an appeal', () => {
    const doc = page();
    // What Readability kept: the middle row only.
    const text = ['The works', ...['the piers', 'the cracks', 'the divers'].map(sentence)].join(
      '\n\n',
    );
    const split = findSplitBody(doc, text);
    expect(split?.before).toContain('about the traffic');
    expect(split?.before).toContain('about the detours');
    expect(split?.after).toContain('about the ferry');
    expect(`${split?.before} ${split?.after}`).not.toMatch(/Anna Muster|Support our|Another story/);
  });

  it('finds nothing to add to a body in one container', () => {
    const doc = parseHtmlDocument(
      `<!doctype html><html><body><div class="post"><h1>T</h1>${para('the traffic')}${para('the piers')}</div><div class="post-footer"><p>${'Other text of the page footer, long enough to be prose of its own, about the site and its makers. '.repeat(2)}</p></div></body></html>`,
    );
    const text = extractArticle(doc, null);
    if (!text.ok) throw new Error(text.reason);
    expect(findSplitBody(doc, text.article.text)).toBeNull();
  });
});
