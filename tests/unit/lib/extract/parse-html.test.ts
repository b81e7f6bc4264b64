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

  it('puts a <script> between </head> and <body> into the head, as a browser does', () => {
    const doc = parseHtmlDocument(
      `<!DOCTYPE html><html><head><title>T</title></head><script>var a;</script>${BODY}</html>`,
    );
    const before = doc.documentElement.outerHTML;
    expect(doc.body.textContent).toBe('The text of the article.');
    expect(doc.head.querySelector('script')?.textContent).toBe('var a;');
    // Reading head and body leaves the page as it was (linkedom inserts one when it is amiss).
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('body')).toHaveLength(1);
  });

  it('moves text outside <body> into it: a stray block before it, a footer after it', () => {
    const doc = parseHtmlDocument(
      `<html><head><title>T</title></head><div>Before.</div>${BODY}<p>After.</p></html>`,
    );
    expect(doc.body.textContent).toBe('Before.The text of the article.After.');
    expect(doc.documentElement.children).toHaveLength(2);
  });

  it('gives a page without <head> or <body> both, around its content', () => {
    const doc = parseHtmlDocument('<html><p>Only a paragraph.</p></html>');
    expect(doc.documentElement.firstElementChild?.tagName).toBe('HEAD');
    expect(doc.body.textContent).toBe('Only a paragraph.');
  });
});
