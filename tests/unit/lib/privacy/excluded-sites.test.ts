import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXCLUDED_SITES,
  isExcludedUrl,
  normalizeSiteEntry,
} from '@/lib/privacy/excluded-sites';

describe('excluded sites', () => {
  it('match the host and its subdomains, not look-alikes', () => {
    const list = ['example.com'];
    expect(isExcludedUrl('https://example.com/a', list)).toBe(true);
    expect(isExcludedUrl('https://news.example.com/a', list)).toBe(true);
    expect(isExcludedUrl('https://www.example.com/a', list)).toBe(true);
    expect(isExcludedUrl('https://notexample.com/a', list)).toBe(false);
    expect(isExcludedUrl('https://example.com.evil.net/a', list)).toBe(false);
  });

  it('skip hosts that name themselves a bank, mail or patient portal', () => {
    expect(isExcludedUrl('https://online.mybank.example/x', [])).toBe(false);
    expect(isExcludedUrl('https://bank.example.org/x', [])).toBe(true);
    expect(isExcludedUrl('https://webmail.univ.example/x', [])).toBe(true);
    expect(isExcludedUrl('https://www.dailymail.co.uk/news/x', [])).toBe(false);
  });

  it('cover mail, banking and health by default', () => {
    for (const url of [
      'https://mail.google.com/mail/u/0',
      'https://www.paypal.com/myaccount',
      'https://www.doctolib.fr/',
    ]) {
      expect(isExcludedUrl(url, DEFAULT_EXCLUDED_SITES), url).toBe(true);
    }
    const news = 'https://www.lemonde.fr/international/article/x.html';
    expect(isExcludedUrl(news, DEFAULT_EXCLUDED_SITES)).toBe(false);
  });

  it('understand what a reader types', () => {
    expect(normalizeSiteEntry(' https://www.Example.com/path?q=1 ')).toBe('example.com');
    expect(normalizeSiteEntry('*.intranet.example')).toBe('intranet.example');
    expect(normalizeSiteEntry('localhost:8080')).toBe('localhost');
    expect(normalizeSiteEntry('not a site')).toBeNull();
    expect(normalizeSiteEntry('')).toBeNull();
  });
});
