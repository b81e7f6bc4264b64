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
    ['a "Load more" control', '<p>Lade weitere Inhalte ...</p>'],
    [
      "an embed's consent placeholder",
      '<p>Externer Inhalt</p><p>Klicken Sie auf den unteren Button, um den Inhalt von www.karten.example zu laden.</p>',
    ],
    [
      'an advertising disclosure',
      '<p>*Werbung. Dieser Beitrag enthält Werbung für Beispielmarke.</p>',
    ],
    ['a copyright line', '<p>© dpa | Kay Nietfeld</p>'],
    ['a line about the comments', '<p>Kommentarfeed | Kommentare geschlossen</p>'],
    ['a pointer to another site', '<p>Weitere Infos unter www.example.de.</p>'],
    [
      'a French "videos on the subject" block',
      '<h3>Audios et vidéos sur le sujet</h3><p><a href="/v">Le vote en images</a></p>',
    ],
    [
      'an ad slot\'s "Story continues below advertisement"',
      '<p>Story continues below advertisement</p>',
    ],
    [
      'a newsletter sign-up box mid-text',
      '<div><h3>Get the Morning Brief</h3><p>Sign up for our free newsletter to get the top stories delivered to your inbox.</p><p>Enter your email address</p></div>',
    ],
    [
      'a video playlist ("Up next") and its teasers',
      '<h3>Up next</h3><ul><li><a href="/v/1">Watch: the vote in 60 seconds</a></li><li><a href="/v/2">Cycle lanes explained</a></li></ul>',
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

  it.each([
    ['a source line', '<p>Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin</p>'],
    ['an agency signature', '<p>aja/PAP</p>'],
    [
      'a licence line',
      '<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.</p>',
    ],
    [
      "the author's bio",
      '<p>Jane Doe is a freelance journalist who writes about cities, housing and transport.</p>',
    ],
    [
      'teaser links after the last paragraph',
      '<p><a href="/1">Wegen Corona: Stadtbad bleibt bis März geschlossen</a></p><p><a href="/2">Neue Buslinie ab Montag</a></p>',
    ],
  ])('drops %s at the end', (_, junk) => {
    expect(cleaned(`<p>${PROSE}</p><p>${PROSE}</p>${junk}`)).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('drops a time standing alone in the middle of the text', () => {
    const p = `<p>${PROSE}</p>`;
    expect(cleaned(`${p}${p}${p}<p>3:59 PM</p>${p}`)).toBe(Array(4).fill(PROSE).join('\n\n'));
  });

  it.each([
    ['a date and its category', '<p>24.01.2022 11:38 Kategorie: News</p>'],
    ['a date and a section', '<p>2021-10-16 | Botschaft</p>'],
  ])('drops %s at the top', (_, junk) => {
    expect(cleaned(`${junk}<p>${PROSE}</p><p>${PROSE}</p>`)).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('keeps a link line followed by prose, a source line mid-text and a last paragraph about a founder', () => {
    const link = '<p><a href="/1">Wegen Corona: Stadtbad bleibt bis März geschlossen</a></p>';
    const source = '<p>Quelle: Statistisches Landesamt, 2022</p>';
    const says =
      '<p>Anna Berg, the founder of the cycling club, welcomed the vote and said work should start in spring.</p>';
    const text = cleaned(
      `<p>${PROSE}</p>${link}${source}<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>${says}`,
    );
    expect(text).toContain('Wegen Corona');
    expect(text).toContain('Quelle: Statistisches');
    expect(text).toContain('Anna Berg, the founder');
  });

  it("drops a table of contents and its links, and the author's name repeated at the top", () => {
    const toc =
      '<p>Inhaltsverzeichnis</p><p><a href="#a">Warum dekantieren?</a></p><p><a href="#b">Wie lange?</a></p>';
    expect(cleaned(`<p>${PROSE}</p>${toc}<p>${PROSE}</p>`)).toBe(`${PROSE}\n\n${PROSE}`);
    const doc = parseHtmlDocument(
      `<!doctype html><html><body><div id="c"><p>Mark Lavin</p><p>${PROSE}</p><p>${PROSE}</p></div></body></html>`,
    );
    const root = doc.getElementById('c')!;
    removeBoilerplate(root, 'Mark Lavin');
    expect(elementToText(root)).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('keeps a list of links after the last paragraph', () => {
    const list =
      '<ul><li><a href="/1">Niedlicher Roboter-Spielkamerad: Anki Cozmo</a></li><li><a href="/2">Lego Boost Kreativ-Set</a></li></ul>';
    expect(cleaned(`<p>${PROSE}</p><p>${PROSE}</p>${list}`)).toContain('Anki Cozmo');
  });
});
