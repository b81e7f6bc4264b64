import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { elementToText } from '@/lib/extract/to-text';

function text(html: string): string {
  return elementToText(parseHtmlDocument(`<html><body>${html}</body></html>`).body);
}

describe('elementToText', () => {
  it('reads ruby text without its readings, so that the words stay whole', () => {
    expect(
      text(
        '<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて</p>',
      ),
    ).toBe('子どもへの虐待をなくすための法律ができて');
  });

  it('separates blocks by a blank line and keeps line breaks', () => {
    expect(text('<h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'Title\n\nOne\ntwo\n\na\n\nb',
    );
  });
});
