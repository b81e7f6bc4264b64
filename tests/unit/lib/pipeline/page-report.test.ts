import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { INBOUND_SCHEMAS } from '@/lib/messaging/schemas';
import { buildPageReport } from '@/lib/pipeline/page-report';
import { fixturePath } from '../../../helpers';

const URL = 'http://news24.localhost/monde/kim';

describe('buildPageReport', () => {
  it('reports a page with an over-long description and byline as an article, cut to the limits (#20)', () => {
    const html = readFileSync(fixturePath('news24-putin-pyongyang.fr.html'), 'utf8').replace(
      /<meta name="description" content="[^"]*">/,
      `<meta name="description" content="${'Une description interminable. '.repeat(300)}">` +
        `<meta name="author" content="${'Rédaction '.repeat(200)}">`,
    );
    const report = buildPageReport(parseHtmlDocument(html, URL), URL);
    expect(report.kind).toBe('article');
    const { article } = report as Extract<typeof report, { kind: 'article' }>;
    expect(article.description!.length).toBeLessThanOrEqual(5000);
    expect(article.description).toMatch(/^Une description interminable\./);
    expect(article.byline?.length ?? 0).toBeLessThanOrEqual(1000);
    // What the content script sends passes the background's schema untouched.
    expect(v.parse(INBOUND_SCHEMAS.reportPage, report)).toEqual(report);
  });
});
