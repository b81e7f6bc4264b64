import { describe, expect, it } from 'vitest';
import { safeHref } from '@/lib/url/safe-href';

describe('safeHref', () => {
  it('keeps http(s) addresses', () => {
    expect(safeHref('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHref('HTTP://A.example')).toBe('http://a.example/');
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'chrome-extension://abc/options.html',
    '/relative',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});
