import { describe, expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import { parseExport, type ExportedArticle } from '@/lib/archive/export-format';

const good: ExportedArticle = {
  key: 'https://a.example/1',
  ...textArticle('Poutine à Pyongyang.', {
    url: 'https://a.example/1',
    title: 'T',
    siteName: 'S',
    lang: 'fr',
    publishedAt: '2024-06-19T06:45:00.000Z',
  }),
  firstReadAt: Date.UTC(2024, 5, 19),
  lastReadAt: Date.UTC(2024, 5, 20),
  readCount: 1,
  savedAt: null,
  html: null,
};

const file = (...articles: object[]) =>
  JSON.stringify({ format: 'backstory-archive', version: 1, articles });

describe('parseExport (#20: what an import may bring in)', () => {
  it('reads a sound article as it is', () => {
    expect(parseExport(file(good))).toEqual({ ok: true, articles: [good] });
  });

  it.each([
    ['a far-future last read (9e15)', { lastReadAt: 9e15 }, /lastReadAt/],
    ['a first read past 2200', { firstReadAt: Date.UTC(2300, 0, 1) }, /firstReadAt/],
    ['a save date before 1970', { savedAt: -1 }, /savedAt/],
    ['a javascript: key', { key: 'javascript:alert(document.domain)' }, /key/],
    ['a data: key', { key: 'data:text/html,<script>alert(1)</script>' }, /key/],
    ['a javascript: page URL', { url: 'javascript:alert(1)' }, /url/],
  ])('refuses %s with a reason', (_name, over, where) => {
    const parsed = parseExport(file(good, { ...good, ...over }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(/article 2 is damaged/);
    expect(!parsed.ok && parsed.reason).toMatch(where);
  });

  it('forgets a publication date outside 1900–2200 and a javascript: canonical, keeps the rest', () => {
    const parsed = parseExport(
      file({
        ...good,
        publishedAt: '2999-01-01T00:00:00.000Z',
        modifiedAt: '1066-10-14T00:00:00.000Z',
        canonicalUrl: 'javascript:alert(1)',
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      articles: [{ ...good, publishedAt: null, modifiedAt: null, canonicalUrl: null }],
    });
  });

  it('cuts fields over their limits rather than refusing the file', () => {
    const parsed = parseExport(file({ ...good, title: 'x'.repeat(3000) }));
    expect(parsed.ok && parsed.articles[0]!.title).toHaveLength(2000);
  });
});
