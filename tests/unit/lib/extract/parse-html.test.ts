import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/extract/parse-html';

const BODY = '<body><article><p>The text of the article.</p></article></body>';

describe('parseHtmlDocument', () => {
  it('finds the body of a page that starts with a server warning before <!DOCTYPE>', () => {
    const html = `<br />\n<b>Warning</b>: mysql_connect() failed in <b>/www/x.php</b><br />\n<!DOCTYPE html><html lang="de"><head><title>T</title></head>${BODY}</html>`;
    const doc = parseHtmlDocument(html);
    expect(doc.body.textContent).toBe('The text of the article.');
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
  });

  it('finds the body of a page whose <html> tag is missing', () => {
    const doc = parseHtmlDocument(`<!DOCTYPE html><head><title>T</title></head>${BODY}`);
    expect(doc.body.textContent).toBe('The text of the article.');
    expect(doc.title).toBe('T');
  });

  it('finds the body of a page without <html> whose scripts mention "<html"', () => {
    const script = '<script>var tpl = "<html><body></body></html>";</script>';
    const doc = parseHtmlDocument(`<!DOCTYPE html><head><title>T</title>${script}</head>${BODY}`);
    expect(doc.body.textContent).toBe('The text of the article.');
  });
});
