import { describe, expect, it } from 'vitest';
import { printable } from '@/lib/cli/printable';

describe('printable', () => {
  it('escapes what could drive a terminal or reorder a line, and keeps the rest', () => {
    expect(printable('a\u0000b\u001b[2Jc\u009bd\r\ne\u202ef\u2028g')).toBe(
      'a\\u0000b\\u001b[2Jc\\u009bd\\u000d\\u000ae\\u202ef\\u2028g',
    );
    expect(printable('Poutine à Pyongyang 🇷🇺 \ufffd')).toBe('Poutine à Pyongyang 🇷🇺 \ufffd');
    expect(printable('lone \ud800 surrogate')).toBe('lone \\ud800 surrogate');
  });

  it('cuts long input short, never inside a surrogate pair', () => {
    expect(printable('x'.repeat(1_000_000), 10)).toBe(`${'x'.repeat(10)}…`);
    expect(printable(`${'x'.repeat(9)}🇷🇺`, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
