import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article';
import { removeBoilerplate } from '@/lib/extract/boilerplate';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { elementToText } from '@/lib/extract/to-text';

const PROSE =
  'The council voted on Tuesday to build three new cycle lanes through the old town, with most of the cost carried by the regional government and the rest by the city.';

/** The text left once removeBoilerplate has run on `html` as Readability's output. */
function cleaned(html: string): string {
  const doc = parseHtmlDocument(
    `<!doctype html><html><body><div id="c">${html}</div></body></html>`,
  );
  const root = doc.getElementById('c')!;
  removeBoilerplate(root);
  return elementToText(root);
}

describe('extracting an article with boilerplate inside its container', () => {
  const url = 'https://stadtanzeiger.example/verkehr/radwege-altstadt';
  const html = readFileSync(
    join(import.meta.dirname, '../../../fixtures/extract/boilerplate.de.html'),
    'utf8',
  );
  const result = extractArticle(parseHtmlDocument(html, url), url);
  if (!result.ok) throw new Error(result.reason);
  const { text } = result.article;

  it('keeps every paragraph of the article', () => {
    expect(text).toMatch(/^Der Stadtrat hat am Dienstagabend/);
    expect(text).toContain('Geplant sind eine Verbindung vom Bahnhof');
    expect(text).toContain('Die Opposition begrüßte den Beschluss');
    expect(text).toMatch(/im Winter in Auftrag gegeben hatte\.$/);
  });

  it('drops the byline line, ad label, pointer, credit, teasers, prompt and comments', () => {
    for (const junk of [
      'Petra Muster',
      'Anzeige',
      'Lesen Sie auch',
      'Foto: Max Beispiel',
      'Weitere Artikel',
      'Wochenmarkt zieht um',
      'Newsletter',
      'Kommentare',
      'Endlich!',
    ]) {
      expect(text).not.toContain(junk);
    }
  });
});

describe('removeBoilerplate', () => {
  it.each([
    ['an English ad label', '<p>Advertisement</p>'],
    ['a French pointer', '<p>À lire aussi : <a href="/x">La réforme expliquée</a></p>'],
    ['a Spanish pointer', '<p>Lee también: <a href="/x">El Congreso aprueba la ley</a></p>'],
    ['a "Read more:" link', '<p>Read more: <a href="/x">What the vote means</a></p>'],
    ['a photo credit', '<p>Photograph by Jane Doe/Agency</p>'],
    ['a caption ending in its credit', '<p>Roman Prymula, photo: Archives du Gouvernement</p>'],
    ['a Spanish ad label', '<p>- Publicidad -</p>'],
    [
      'a "Weiterführende Links" block',
      '<h3>Weiterführende Links</h3><p><a href="/1">Studie als PDF</a></p>',
    ],
  ])('drops %s between two paragraphs', (_, junk) => {
    expect(cleaned(`<p>${PROSE}</p>${junk}<p>${PROSE}</p>`)).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('drops a "Most popular" block and its teasers, and stops at the next paragraph of prose', () => {
    const teasers =
      '<h2>Most popular</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>';
    expect(cleaned(`<p>${PROSE}</p>${teasers}<p>${PROSE}</p>`)).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('drops the author bio at the end, but keeps a "Comment" cell in a table', () => {
    const bio = '<h3>About the author</h3><p>Jane Doe covers transport for the paper.</p>';
    expect(cleaned(`<p>${PROSE}</p><p>${PROSE}</p>${bio}`)).toBe(`${PROSE}\n\n${PROSE}`);
    const table =
      '<table><tr><th>Field</th><th>Comment</th></tr><tr><td>id</td><td>key</td></tr></table>';
    expect(cleaned(`<p>${PROSE}</p><p>${PROSE}</p>${table}`)).toContain('Comment');
  });

  it('drops a press contact at the end, and a publication line at the top', () => {
    const contact = '<p>Kontakt:</p><p>Jan Koch, Telefon 040 123 45 67</p>';
    const head = '<p>Opublikowano: 2021-04-29 17:13</p>';
    expect(cleaned(`${head}<p>${PROSE}</p><p>${PROSE}</p>${contact}`)).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('keeps a paragraph that merely starts like a byline or mentions a newsletter mid-text', () => {
    const byPara = `<p>By the end of the year, ${PROSE}</p>`;
    const news = `<p>The newsletter of the cycling club, ${PROSE}</p>`;
    expect(cleaned(`${byPara}${news}<p>${PROSE}</p>${'<p>' + PROSE + '</p>'.repeat(1)}`)).toContain(
      'By the end of the year',
    );
  });

  it('drops an "abonnieren" prompt at the end, but keeps a sentence that says the reader subscribes', () => {
    const says =
      'Vor allem freuen wir uns, wenn Dir unsere Podcasts gefallen, Du sie abonnierst und uns Feedback gibst.';
    expect(cleaned(`<p>${PROSE}</p><p>${PROSE}</p><p>${says}</p>`)).toContain(says);
    expect(cleaned(`<p>${PROSE}</p><p>${PROSE}</p><p>Jetzt den Podcast abonnieren!</p>`)).toBe(
      `${PROSE}\n\n${PROSE}`,
    );
  });
});
