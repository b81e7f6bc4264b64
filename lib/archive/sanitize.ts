import DOMPurify from 'dompurify';

/**
 * What a saved article's HTML may hold: structure and emphasis, links, tables. No images or
 * media (they would load from the network when the reader opens the saved copy), no styles,
 * no scripts or handlers, no forms.
 */
const CONFIG = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'small',
    'mark',
    'q',
    'cite',
    'abbr',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
    'hr',
    'dl',
    'dt',
    'dd',
    'figure',
    'figcaption',
    'time',
    'div',
    'section',
    'span',
  ],
  ALLOWED_ATTR: ['href', 'title', 'datetime', 'colspan', 'rowspan', 'lang', 'dir'],
  ALLOWED_URI_REGEXP: /^https?:/i,
  ALLOW_DATA_ATTR: false,
  KEEP_CONTENT: true,
};

/** A sanitiser bound to a window (the content script's, the reader page's, or jsdom's). */
export function createSanitizer(win: Window): (html: string) => string {
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  return (html) => purify.sanitize(html, CONFIG) as string;
}
