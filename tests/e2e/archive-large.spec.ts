import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textArticle } from '../../lib/article';
import { serializeExport, type ExportedArticle } from '../../lib/archive/export-format';
import { useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();
const COUNT = 50;
const CHARS = 1_500_000;
const dir = mkdtempSync(join(tmpdir(), 'backstory-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 50 saved articles of 1.5 M characters: 75 MB, more than Chrome's 64 MiB per message. */
function archive(): ExportedArticle[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const key = `https://long.example/${String(i).padStart(2, '0')}`;
    const text = `Long read ${i}: Olaf Scholz in Geneva. `.padEnd(CHARS, 'the talks went on ');
    return {
      key,
      ...textArticle(text, { url: key, title: `Long read ${i}`, siteName: 'Long', lang: 'en' }),
      firstReadAt: 1_700_000_000_000 + i,
      lastReadAt: 1_700_000_000_000 + i,
      readCount: 1,
      savedAt: 1_700_000_000_000 + i,
      html: null,
      entities: [
        {
          id: 'per:olaf-scholz',
          type: 'PER',
          name: 'Olaf Scholz',
          salience: 1,
          mentions: [{ start: text.indexOf('Olaf'), end: text.indexOf('Olaf') + 11 }],
        },
      ],
    };
  });
}

describe('an archive bigger than a message', () => {
  it('imports and exports 75 MB of saved articles, every one of them', async () => {
    const articles = archive();
    const path = join(dir, 'backstory-large.json');
    writeFileSync(path, serializeExport(articles));
    const options = await env.ext.openExtensionPage('options.html');
    await options.getByText(/0 articles read, 0 saved/).waitFor();
    await options.getByLabel('Import an export…').setInputFiles(path);
    await options
      .getByRole('status')
      .getByText(`Imported: ${COUNT} new, 0 merged with articles already here.`)
      .waitFor({ timeout: 90_000 });
    await options.getByText(`${COUNT} articles read, ${COUNT} saved`).waitFor();

    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 90_000 }),
      options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    await options.getByRole('status').getByText(`Exported ${COUNT} articles.`).waitFor();
    const file = readFileSync(await download.path(), 'utf8');
    expect(file.length).toBeGreaterThan(64 * 1024 * 1024);
    const back = (JSON.parse(file) as { articles: ExportedArticle[] }).articles;
    expect(back.map((a) => a.key)).toEqual(articles.map((a) => a.key));
    for (const [i, a] of back.entries()) {
      expect(a.text.length).toBe(CHARS);
      expect(a.text === articles[i]!.text).toBe(true);
    }
  }, 180_000);
});
