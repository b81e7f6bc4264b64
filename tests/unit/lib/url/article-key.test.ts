import { describe, expect, it } from 'vitest';
import { articleKey, ownCanonical, siteOf } from '@/lib/url/article-key';

describe('ownCanonical', () => {
  it('accepts a canonical URL on the page’s own registrable domain', () => {
    expect(ownCanonical('https://www.bbc.co.uk/news/1', 'https://m.bbc.co.uk/news/1?x')).toBe(
      'https://www.bbc.co.uk/news/1',
    );
    expect(ownCanonical('https://news.example/a', 'http://amp.news.example/a')).toBe(
      'https://news.example/a',
    );
  });

  it('refuses a canonical URL on another site, public and private suffixes included (#20)', () => {
    expect(ownCanonical('https://news.example/saved', 'https://evil.example/x')).toBeNull();
    // co.uk is a public suffix: two sites, not one.
    expect(ownCanonical('https://bbc.co.uk/a', 'https://evil.co.uk/a')).toBeNull();
    // github.io is a private suffix: every user's pages are a site of their own.
    expect(ownCanonical('https://alice.github.io/a', 'https://mallory.github.io/a')).toBeNull();
    // Addresses: only the same address.
    expect(ownCanonical('http://127.0.0.1:8024/a', 'http://127.0.0.2:8024/a')).toBeNull();
    expect(ownCanonical('javascript:alert(1)', 'https://news.example/a')).toBeNull();
  });

  it('lets a canonical URL stand when there is no page URL to compare with', () => {
    expect(ownCanonical('https://news.example/a', null)).toBe('https://news.example/a');
  });
});

describe('articleKey', () => {
  it('keys by the page URL when the canonical URL is another site’s', () => {
    expect(
      articleKey('https://victim.example/saved', 'https://evil.example/x?utm_source=y#z'),
    ).toBe('https://evil.example/x');
    expect(articleKey('https://news.example/a', 'https://www.news.example/a?ref=x')).toBe(
      'https://news.example/a',
    );
  });

  it('names the site of an address by its registrable domain', () => {
    expect(siteOf('https://a.b.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(siteOf('http://127.0.0.1:8024/')).toBe('127.0.0.1');
    expect(siteOf('nonsense')).toBeNull();
  });
});
