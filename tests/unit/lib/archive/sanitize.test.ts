/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '@/lib/archive/sanitize';

const sanitize = createSanitizer(window);

describe('createSanitizer', () => {
  it('keeps structure, emphasis and http links', () => {
    expect(
      sanitize(
        '<h2>Title</h2><p>A <em>b</em> <a href="https://x.example/" style="color:red">link</a></p>',
      ),
    ).toBe('<h2>Title</h2><p>A <em>b</em> <a href="https://x.example/">link</a></p>');
  });

  it.each([
    ['<img src=x onerror="alert(1)">', ''],
    ['<p onclick="alert(1)">text</p>', '<p>text</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<script>alert(1)</script><p>after</p>', '<p>after</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<form action="https://evil.example"><input name=q></form>', ''],
    ['<p data-x="1" id="hijack" class="c">t</p>', '<p>t</p>'],
  ])('removes %s', (dirty, clean) => {
    expect(sanitize(dirty)).toBe(clean);
  });
});
