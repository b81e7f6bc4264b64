import { describe, expect, it } from 'vitest';
import { cleanTitle } from '@/lib/extract/article';
import { removeFurniture } from '@/lib/extract/clean';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { firstLang, readMetadata, toIsoDate } from '@/lib/extract/metadata';

const page = (head: string, htmlAttrs = '') =>
  parseHtmlDocument(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body></body></html>`);

describe('readMetadata', () => {
  it('reads JSON-LD inside @graph with a list of types', () => {
    const doc = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":["NewsArticle","Article"],"datePublished":"2024-03-01T10:00:00+01:00","inLanguage":"de-DE","publisher":{"@type":"Organization","name":"Zeitung"}}]}</script>`,
    );
    expect(readMetadata(doc, 'https://z.example/a')).toMatchObject({
      publishedAt: '2024-03-01T09:00:00.000Z',
      lang: 'de',
      siteName: 'Zeitung',
    });
  });

  it('survives broken JSON-LD and falls back to meta tags', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type": "NewsArticle", </script>
       <meta property="article:published_time" content="2023-12-31">
       <meta property="og:locale" content="es_ES">
       <meta property="og:url" content="/nota/1">`,
    );
    expect(readMetadata(doc, 'https://diario.example/x?y=1')).toMatchObject({
      publishedAt: '2023-12-31T00:00:00.000Z',
      lang: 'es',
      canonicalUrl: 'https://diario.example/nota/1',
    });
  });

  it('prefers rel=canonical and refuses non-http canonical URLs', () => {
    expect(
      readMetadata(page('<link rel="canonical" href="javascript:alert(1)">'), null).canonicalUrl,
    ).toBeNull();
    expect(
      readMetadata(page('<link rel="canonical" href="https://a.example/b#c">'), null).canonicalUrl,
    ).toBe('https://a.example/b#c');
  });
});

describe('dates and languages', () => {
  it('accepts machine-readable dates only', () => {
    expect(toIsoDate('2024-06-19T06:45:00+00:00')).toBe('2024-06-19T06:45:00.000Z');
    expect(toIsoDate('19 juin 2024')).toBeNull();
    expect(toIsoDate('2024-13-45')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });

  it('reduces language tags to their primary subtag and skips junk', () => {
    expect(firstLang(['', 'und', 'fr-CA'])).toBe('fr');
    expect(firstLang(['EN_us'])).toBe('en');
    expect(firstLang(['<script>', null])).toBeNull();
  });
});

describe('cleanTitle', () => {
  it('strips the site name and trailing sections', () => {
    expect(cleanTitle('Kim promet son soutien | Actualités politiques | News 24', 'News 24')).toBe(
      'Kim promet son soutien',
    );
    expect(cleanTitle('News 24 - Kim promet son soutien à Moscou', 'News 24')).toBe(
      'Kim promet son soutien à Moscou',
    );
  });

  it('keeps a title that is only the site name, or has none of it', () => {
    expect(cleanTitle('News 24', 'News 24')).toBe('News 24');
    expect(cleanTitle('A headline - with a dash in it', 'Other Site')).toBe(
      'A headline - with a dash in it',
    );
  });
});

describe('each metadata source', () => {
  const URL = 'https://paper.example/world/2023/09/13/summit';
  const meta = (head: string, htmlAttrs = '') => readMetadata(page(head, htmlAttrs), URL);

  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2024-01-02T03:04:05Z">',
    ],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2024-01-02T03:04:05Z">'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2024-01-02T03:04:05Z">'],
    ['Dublin Core', '<meta name="DC.date.issued" content="2024-01-02T03:04:05Z">'],
    [
      'parsely-metadata JSON',
      `<meta name="parsely-metadata" content='{"pub_date":"2024-01-02T03:04:05Z"}'>`,
    ],
    [
      'JSON-LD in CDATA',
      '<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","datePublished":"2024-01-02T03:04:05Z"}]]></script>',
    ],
  ])('publishedAt from %s', (_name, head) => {
    expect(meta(head).publishedAt).toBe('2024-01-02T03:04:05.000Z');
  });

  it('publishedAt from a <time> in the article, then from the URL', () => {
    const doc = parseHtmlDocument(
      '<html><body><article><time datetime="2024-05-06T07:08:09+02:00">6 mai</time></article></body></html>',
    );
    expect(readMetadata(doc, URL).publishedAt).toBe('2024-05-06T05:08:09.000Z');
    expect(meta('').publishedAt).toBe('2023-09-13T00:00:00.000Z');
    expect(readMetadata(page(''), 'https://paper.example/a/b').publishedAt).toBeNull();
  });

  it('publishedAt from the first dated element of the page: itemprop, pubdate, in an article', () => {
    const body = (html: string) =>
      readMetadata(parseHtmlDocument(`<html><body>${html}</body></html>`), null).publishedAt;
    const loose = '<time datetime="2020-01-01T00:00:00Z">old</time>';
    expect(body(loose)).toBeNull();
    expect(
      body(`${loose}<span itemprop="datePublished" datetime="2024-01-02T00:00:00Z">x</span>`),
    ).toBe('2024-01-02T00:00:00.000Z');
    expect(body(`${loose}<time pubdate datetime="2024-01-03T00:00:00Z">x</time>`)).toBe(
      '2024-01-03T00:00:00.000Z',
    );
  });

  it('prefers JSON-LD datePublished to meta tags, and reads modifiedAt apart', () => {
    const m = meta(
      `<meta property="article:published_time" content="2020-01-01T00:00:00Z"><meta property="article:modified_time" content="2024-02-02T00:00:00Z">
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01T00:00:00Z"}</script>`,
    );
    expect(m).toMatchObject({
      publishedAt: '2024-01-01T00:00:00.000Z',
      modifiedAt: '2024-02-02T00:00:00.000Z',
    });
    expect(meta('<meta property="og:updated_time" content="2024-03-03">').modifiedAt).toBe(
      '2024-03-03T00:00:00.000Z',
    );
  });

  it('byline: JSON-LD authors, then Dublin Core before meta author; never a URL', () => {
    expect(
      meta(
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Pérez"},{"name":"Jon Doe"},"Ana Pérez"]}</script>',
      ).byline,
    ).toBe('Ana Pérez, Jon Doe');
    expect(
      meta(
        '<meta name="author" content="Meta Author"><meta property="dc:creator" content="DC Author">',
      ).byline,
    ).toBe('DC Author');
    expect(
      meta('<meta property="article:author" content="https://facebook.com/someone">').byline,
    ).toBeNull();
  });

  it('reads meta tags that list several keys in one attribute', () => {
    expect(meta('<meta property="dc:creator twitter:creator" content="Creator Name">').byline).toBe(
      'Creator Name',
    );
  });

  it('site name without its tagline; section; lead image made absolute; description', () => {
    const m = meta(
      `<meta property="og:site_name" content="Yahoo News - Latest News &amp; Headlines">
       <meta property="article:section" content="World">
       <meta property="og:image" content="/img/lead.jpg">
       <meta name="description" content="Leaders met in Vladivostok.">`,
    );
    expect(m).toMatchObject({
      siteName: 'Yahoo News',
      section: 'World',
      imageUrl: 'https://paper.example/img/lead.jpg',
      description: 'Leaders met in Vladivostok.',
    });
    const ld = meta(
      '<script type="application/ld+json">{"@type":"NewsArticle","articleSection":["Monde","Asie"],"image":{"@type":"ImageObject","url":"https://cdn.example/a.jpg"},"publisher":{"name":"Le Journal"}}</script>',
    );
    expect(ld).toMatchObject({
      section: 'Monde',
      imageUrl: 'https://cdn.example/a.jpg',
      siteName: 'Le Journal',
    });
  });

  it('language from html lang, xml:lang, JSON-LD, og:locale, then Content-Language', () => {
    expect(meta('', 'xml:lang="de-AT"').lang).toBe('de');
    expect(meta('<meta http-equiv="Content-Language" content="es-MX, en">').lang).toBe('es');
    expect(meta('<meta property="og:locale" content="pt_BR">').lang).toBe('pt');
    expect(meta('').lang).toBeNull();
  });
});

describe('readMetadata from the elements removeFurniture collected', () => {
  it('reads the same fields as from the page itself', () => {
    const html = `<!doctype html><html lang="de"><head>
      <meta property="og:title" content="Radwege in der Altstadt">
      <meta name="description" content="Der Stadtrat beschließt drei neue Radwege durch die Altstadt.">
      <link rel="alternate stylesheet" href="/a.css"><link rel="Canonical" href="/verkehr/radwege">
      <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Petra Muster"}}</script>
      </head><body><article><h1>Radwege</h1><div class="meta"><time datetime="2024-06-19T06:45:00+02:00">19. Juni</time></div>
      <p>Der Stadtrat hat am Dienstag beschlossen, drei neue Radwege zu bauen.</p></article></body></html>`;
    const url = 'https://stadtanzeiger.example/x';
    const doc = parseHtmlDocument(html, url);
    const clone = doc.cloneNode(true) as Document;
    const { found } = removeFurniture(clone);
    const fromPage = readMetadata(doc, url);
    expect(fromPage.publishedAt).toBe('2024-06-19T04:45:00.000Z');
    expect(fromPage.canonicalUrl).toBe('https://stadtanzeiger.example/verkehr/radwege');
    expect(fromPage.byline).toBe('Petra Muster');
    expect(readMetadata(doc, url, found)).toEqual(fromPage);
  });
});
