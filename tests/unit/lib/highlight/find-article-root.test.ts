/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '@/lib/highlight/find-article-root';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LONG = 'Une phrase assez longue pour compter comme de la prose dans un article. ';

describe('findArticleRoot', () => {
  it("finds the seed page's <article>, not its sidebar", () => {
    const html = readFileSync(join('tests/fixtures/news24-putin-pyongyang.fr.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(findArticleRoot(doc)?.tagName).toBe('ARTICLE');
  });

  it('takes the densest container of paragraphs when there is no <article>', () => {
    document.body.innerHTML = `
      <div id="teasers"><p>${LONG}</p></div>
      <div id="body"><div id="text"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div></div>
      <aside><p>${LONG.repeat(5)}</p></aside>`;
    expect(findArticleRoot(document)?.id).toBe('text');
  });

  it('finds nothing on a page without prose', () => {
    document.body.innerHTML = '<ul><li>a</li></ul><p>court</p>';
    expect(findArticleRoot(document)).toBeNull();
  });
});
