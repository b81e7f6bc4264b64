import { describe, expect, it } from 'vitest';
import { cleanTitle } from '@/lib/extract/article';
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
