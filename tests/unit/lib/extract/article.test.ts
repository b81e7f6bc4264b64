import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/lib/extract/detect';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { readPage } from '@/lib/pipeline/read-page';
import { fixturePath, loadFixture, SEED_URL } from '../../../helpers';

describe('the seed page (News 24, French)', () => {
  const doc = loadFixture('news24-putin-pyongyang.fr.html', SEED_URL);
  const result = readPage(doc, SEED_URL);
  if (!result.ok) throw new Error(`seed page not extracted: ${result.reason}`);
  const { article } = result;

  it('has the headline without the site suffix', () => {
    expect(article.title).toBe(
      'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang',
    );
  });

  it('has language, date, site and canonical URL', () => {
    expect(article.lang).toBe('fr');
    expect(article.publishedAt).toBe('2024-06-19T06:45:00.000Z');
    expect(article.siteName).toBe('News 24');
    expect(article.canonicalUrl).toBe(
      'http://news24.localhost/monde/2024/06/19/kim-promet-son-plein-soutien-a-la-russie',
    );
    expect(article.url).toBe(SEED_URL);
  });

  it("holds the article's paragraphs, separated by blank lines", () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'Le président russe a déclaré à Kim Jong Un qu’il appréciait le soutien nord-coréen à l’Ukraine alors que les deux pays approfondissaient leurs relations.',
    );
    expect(paragraphs).toContain(
      'Poutine et Kim se sont rencontrés pour la dernière fois dans l’est de la Russie en septembre 2023.',
    );
    expect(paragraphs.at(-1)).toBe(
      'La Corée du Sud a déclaré mardi que ses forces avaient dû tirer des coups de semonce après que des soldats nord-coréens impliqués dans la pose de mines et d’autres activités aient traversé la frontière, apparemment par erreur. Un incident similaire s’est produit le 9 juin.',
    );
    expect(paragraphs.length).toBeGreaterThanOrEqual(25);
    expect(article.text).not.toMatch(/\n{3}|[ \t]\n|\n[ \t]| {2}/);
  });

  it('holds none of the page furniture', () => {
    for (const junk of [
      'Accueil', // navigation
      'Les plus lus',
      'Euro 2024',
      'Newsletter',
      "Je m'inscris",
      'cookies',
      'Tous droits réservés',
      'Mentions légales',
      'Partager sur Facebook',
      'Source link',
      'Mots-clés',
    ]) {
      expect(article.text, junk).not.toContain(junk);
    }
  });

  it('keeps captions and photo credits apart from the text', () => {
    expect(article.text).not.toContain('Gavriil Grigorov');
    expect(article.text).not.toContain('accueil somptueux');
    expect(article.captions).toEqual([
      {
        text: 'La Corée du Nord a réservé un accueil somptueux à Poutine avec des foules rassemblées sur la place Kim Il Sung pour applaudir le président russe.',
        credit: '[Gavriil Grigorov/Sputnik, Pool via AFP]',
      },
      {
        text: 'Les dirigeants ont voyagé en cortège dans les rues de Pyongyang',
        credit: '[Gavriil Grigorov/Sputnik, Kremlin Pool via Reuters]',
      },
    ]);
  });

  it('does not repeat the headline or leave the date line at the top', () => {
    expect(article.text.startsWith('Kim promet')).toBe(false);
    expect(article.text).not.toContain('19 juin 2024');
  });

  it('leaves the page it read untouched', () => {
    expect(doc.querySelector('#cookies')).not.toBeNull();
    expect(doc.querySelectorAll('figcaption')).toHaveLength(2);
  });
});

describe('a news front page', () => {
  const url = 'http://news24.localhost/';
  const doc = loadFixture('front-page.html', url);

  it('is not taken for an article', () => {
    expect(detectArticle(doc, url).isArticle).toBe(false);
    expect(readPage(doc, url)).toEqual({ ok: false, reason: 'a front page' });
  });
});

describe('an English article with a cookie banner, share list and "Read more" box', () => {
  const url = 'http://127.0.0.1/world-desk-putin-pyongyang.en.html';
  const result = readPage(loadFixture('world-desk-putin-pyongyang.en.html', url), url);
  if (!result.ok) throw new Error(result.reason);
  const { article } = result;

  it('keeps the body and the metadata', () => {
    expect(article).toMatchObject({
      title: "Putin lands in Pyongyang as Kim pledges backing for Russia's war",
      lang: 'en',
      siteName: 'World Desk',
      publishedAt: '2024-06-19T08:30:00.000Z',
      canonicalUrl: 'http://worlddesk.localhost/asia/2024/06/19/putin-pyongyang-visit',
    });
    expect(article.text.split('\n\n')).toHaveLength(7);
    expect(article.text).toMatch(/^Russian President Vladimir Putin arrived/);
  });

  it('drops the banner, the share list and the related stories', () => {
    for (const junk of [
      'cookies',
      'Share on',
      'Read more',
      'Kim oversees new missile test',
      'All rights reserved',
    ]) {
      expect(article.text, junk).not.toContain(junk);
    }
  });
});

describe('extracting the same page twice', () => {
  // A <script> between </head> and <body>, as on many CMS pages: linkedom kept it there, and
  // reading `document.body` then inserted an empty <body> into the page itself, so that the
  // second extraction of the same document saw another page (here it lost the last paragraph,
  // a link line split by <br><br>, which the first one kept).
  const last = 'Un incident similaire s’est produit le 9 juin.</p>';
  const html = readFileSync(fixturePath('news24-putin-pyongyang.fr.html'), 'utf8')
    .replace('</head>', '</head>\n<script>window.dataLayer = [];</script>')
    .replace(
      last,
      `${last}\n<p><i><b><a href="/lettres">Nos lettres</a>.<br>\n<br>\nSuivez-nous : ` +
        '<a href="https://x.example/a">Google News</a> | <a href="https://x.example/b">Facebook</a></b></i></p>',
    );

  it('gives the same article both times and leaves the page as it was', () => {
    expect(html).toContain('Suivez-nous');
    const doc = parseHtmlDocument(html, SEED_URL);
    const before = doc.documentElement.outerHTML;
    const first = readPage(doc, SEED_URL);
    const second = readPage(doc, SEED_URL);
    expect(second).toEqual(first);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(first.ok && first.article.text).toContain('Poutine et Kim se sont rencontrés');
  });
});
