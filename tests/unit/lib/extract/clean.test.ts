import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/article';
import { longerThan } from '@/lib/extract/clean';
import { parseHtmlDocument } from '@/lib/extract/parse-html';

const P1 =
  'Le président a annoncé mardi une série de mesures destinées à soutenir les agriculteurs touchés par la sécheresse, dont un fonds d’urgence de deux cents millions d’euros.';
const P2 =
  'Les syndicats agricoles ont salué un premier pas mais demandent des aides directes plus rapides, faute de quoi ils menacent de reprendre les blocages dès la semaine prochaine.';
const P3 =
  'Le ministre de l’Agriculture doit recevoir les représentants de la profession jeudi au ministère pour préciser le calendrier des versements et les conditions d’accès au fonds.';

/** Extracts an article made of the three paragraphs plus `extra` markup, and returns its text. */
function extract(extra: string, head = '') {
  const html = `<!doctype html><html lang="fr"><head><title>Sécheresse : des aides pour les agriculteurs | Le Journal</title>${head}</head>
    <body><article><h1>Sécheresse : des aides pour les agriculteurs</h1><p>${P1}</p><p>${P2}</p>${extra}<p>${P3}</p></article></body></html>`;
  const r = extractArticle(
    parseHtmlDocument(html, 'https://journal.example/a/1'),
    'https://journal.example/a/1',
  );
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

describe('cleanup rules', () => {
  it('keeps the three paragraphs and nothing else from a plain article', () => {
    expect(extract('').text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('takes captions and credits out of the text', () => {
    const a = extract(
      '<figure><img src="x.jpg"><figcaption>Un champ asséché près de Toulouse. <span class="photo-credit">Photo AFP</span></figcaption></figure>',
    );
    expect(a.text).toBe([P1, P2, P3].join('\n\n'));
    expect(a.captions).toEqual([
      { text: 'Un champ asséché près de Toulouse.', credit: 'Photo AFP' },
    ]);
  });

  it('takes the first credit in a caption, however deep: <small>, or a class with credit or copyright', () => {
    const a = extract(
      '<figure><img src="x.jpg"><figcaption><span>Un champ asséché <em>près de Toulouse</em>. <b class="img-copyright">Reuters</b></span> <small>Archives</small></figcaption></figure>' +
        '<figure><img src="y.jpg"><figcaption>Le ministre à Paris. <small>Photo AFP</small></figcaption></figure>',
    );
    expect(a.captions).toEqual([
      { text: 'Un champ asséché près de Toulouse. Archives', credit: 'Reuters' },
      { text: 'Le ministre à Paris.', credit: 'Photo AFP' },
    ]);
  });

  it('reads JSON-LD metadata wherever the script is and however its type is written', () => {
    const ld = (type: string) =>
      `<script type="${type}">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Jeanne Martin"}}</script>`;
    expect(extract('', ld(' Application/LD+JSON ')).byline).toBe('Jeanne Martin');
    // In the body, inside a caption (which is taken out of the text).
    expect(
      extract(
        `<figure><img src="x.jpg"><figcaption>Un champ. ${ld('application/ld+json')}</figcaption></figure>`,
      ).byline,
    ).toBe('Jeanne Martin');
    expect(extract('').byline).toBeNull();
  });

  it.each([
    ['a share bar', '<div class="share-bar"><a href="#">Partager</a><a href="#">Tweeter</a></div>'],
    ['a tag list', '<ul class="article-tags"><li>Agriculture</li><li>Sécheresse</li></ul>'],
    [
      'a newsletter box',
      '<div id="newsletter-signup">Inscrivez-vous à notre newsletter quotidienne</div>',
    ],
    ['a cookie banner', '<div class="cookie_banner">Ce site utilise des cookies. Accepter</div>'],
    [
      'a "Lire aussi" list',
      '<h3>Lire aussi</h3><ul><li><a href="/b">Inondations dans le Sud</a></li></ul>',
    ],
    [
      'a "Related" list',
      '<h2>Related stories</h2><ol><li><a href="/c">Drought in Spain</a></li></ol>',
    ],
    [
      'a comment section',
      `<section id="comments"><p>${P1.replace('président', 'lecteur')}</p><p>${P2}</p></section>`,
    ],
    [
      'a navigation block',
      '<div role="navigation"><a href="/">Accueil</a> <a href="/eco">Économie</a></div>',
    ],
  ])('removes %s', (_name, extra) => {
    expect(extract(extra).text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('takes captions marked by their class, not <figcaption>, out of the text', () => {
    const a = extract(
      '<div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">Un champ asséché près de Toulouse.</p></div>',
    );
    expect(a.text).toBe([P1, P2, P3].join('\n\n'));
    expect(a.captions).toEqual([{ text: 'Un champ asséché près de Toulouse.', credit: null }]);
  });

  it("removes the author's box inside the article (author-bio, about-the-author, post-author)", () => {
    for (const cls of [
      'author-bio',
      'about-the-author',
      'post-author clearfix',
      'entry-author-info',
    ]) {
      const box = `<section class="${cls}"><h4>Marie Dupont</h4><p>Marie Dupont est journaliste au service économie depuis 2015, après dix ans passés à couvrir l’agriculture pour la presse régionale.</p></section>`;
      expect(extract(box).text).toBe([P1, P2, P3].join('\n\n'));
    }
  });

  it('keeps a short author box, a byline that Readability reads, and an item marked no_caption', () => {
    const a = extract('<div class="author-info">Par Marie Dupont</div>');
    expect(a.byline).toBe('Marie Dupont');
    const item = `<div class="list_item no_caption"><p>${P3.replace('ministre', 'préfet')}</p></div>`;
    expect(extract(item).text).toContain('Le préfet de l’Agriculture');
  });

  it('keeps a long block whatever its class says (the length guard)', () => {
    const long = `<div class="newsletter-intro"><p>${P3} ${P1} ${P2} ${P3}</p></div>`;
    expect(extract(long).text).toContain(`${P3} ${P1}`);
  });

  it('removes a trailing "Source link" and a date-only line', () => {
    const html = `<!doctype html><html><body><article><p><time datetime="2024-06-19">19 juin 2024</time> · </p><p>${P1}</p><p>${P2}</p><p>${P3}</p><p><a href="https://origin.example/x">Source link</a></p></article></body></html>`;
    const r = extractArticle(parseHtmlDocument(html), null);
    expect(r.ok && r.article.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it("keeps a duration in a <time> (a recipe's cooking time), unlike a date line", () => {
    const times = `<div><time itemprop="cookTime" datetime="">15 – 30 Min</time></div><div><time datetime="PT15M">15 Min</time></div>`;
    const html = `<!doctype html><html><body><article><p>${P1}</p><p>${P2}</p>${times}<p>${P3}</p></article></body></html>`;
    const r = extractArticle(parseHtmlDocument(html), null);
    expect(r.ok && r.article.text).toBe([P1, P2, '15 – 30 Min', '15 Min', P3].join('\n\n'));
  });

  it('does not repeat the headline at the top of the text', () => {
    expect(extract('').text.startsWith('Sécheresse')).toBe(false);
  });
});

describe('text normalisation', () => {
  it('removes invisible junk but keeps joiners and bidi marks', () => {
    const a = extract(
      '<p>Zero\u200Bwidth, soft\u00ADhyphen, nbsp\u00A0space, ZWJ 👩\u200D🌾 and RLM \u200Fkept, BOM\uFEFF gone, many    spaces.</p>',
    );
    expect(a.text).toContain(
      'Zerowidth, softhyphen, nbsp space, ZWJ 👩\u200D🌾 and RLM \u200Fkept, BOM gone, many spaces.',
    );
  });

  it('keeps line breaks inside a paragraph and one blank line between paragraphs', () => {
    const a = extract(
      '<p>Premier vers,<br>second vers.</p><div>Bloc <b>en</b>  <i>ligne</i></div>',
    );
    expect(a.text).toBe([P1, P2, 'Premier vers,\nsecond vers.', 'Bloc en ligne', P3].join('\n\n'));
  });
});

describe('bad input', () => {
  const P =
    '<p>The minister told reporters on Tuesday that the negotiations had reached a decisive stage, and that both delegations expected to sign.</p>';

  it('refuses a page of more than 60,000 elements with a clear reason', () => {
    const html = `<html><body><article>${P.repeat(20)}</article>${'<i>x</i>'.repeat(61_000)}</body></html>`;
    expect(extractArticle(parseHtmlDocument(html), null)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^page too large \(\d+ elements\)$/),
    });
  }, 30_000); // parsing 61,000 elements: near the 5 s default on a loaded machine

  it('extracts from broken HTML', () => {
    const html = `<html><body><article><p>unclosed <b>bold <i>italic ${P.repeat(8)} <table><tr><td>cell</div></span></article>`;
    const r = extractArticle(parseHtmlDocument(html), null);
    expect(r.ok && r.article.text).toMatch(/^unclosed bold italic\b/);
    expect(r.ok && r.article.text).toContain('The minister told reporters');
  });

  it('extracts a 10 MB page', () => {
    const long = `<p>${P.replaceAll(/<\/?p>/g, '').repeat(15)}</p>`;
    const html = `<html><body><article>${long.repeat(5_000)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const r = extractArticle(parseHtmlDocument(html), null);
    expect(r.ok && r.article.text.length).toBeGreaterThan(9_000_000);
  }, 30_000);
});

describe('longerThan', () => {
  it('counts the text of nested elements, as textContent would, up to the limit', () => {
    const doc = parseHtmlDocument('<div id="x">abc<p>de<b>fg</b></p><!-- not text -->h</div>');
    const el = doc.getElementById('x')!;
    expect(longerThan(el, 7)).toBe(true);
    expect(longerThan(el, 8)).toBe(false);
  });
});
