import { describe, expect, it } from 'vitest';
import { textArticle } from '../../lib/article';
import { serializeExport, type ExportedArticle } from '../../lib/archive/export-format';
import { openPage, useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();
// Half a year of reading at five or six articles a day. What the test proves does not need more:
// the popup has answered by the time the import's second or third chunk of 100 is in, and the
// import then runs for several times as long again (stillImporting below fails the test if it
// ever stops doing so), and an archive bigger than a message is archive-large.spec.ts's.
const COUNT = 1000;

const WORDS = (
  'the minister said on tuesday that talks between the two delegations would resume next week ' +
  'after a night of shelling near the border while aid agencies warned of shortages of water ' +
  'fuel and medicine in the region and the central bank kept its main interest rate unchanged'
).split(' ');

/** A realistic archive: 1,000 articles of ~600 words, a third saved, with their entities. */
function archive(): ExportedArticle[] {
  const people = ['Vladimir Putin', 'Kim Jong Un', 'Emmanuel Macron', 'Olaf Scholz'];
  return Array.from({ length: COUNT }, (_, i) => {
    const text = Array.from({ length: 600 }, (_, w) => WORDS[(i * 7 + w * 13) % WORDS.length])
      .join(' ')
      .concat(` ${people[i % 4]} spoke in Geneva.`);
    const name = people[i % 4]!;
    const start = text.lastIndexOf(name);
    return {
      key: `https://archive.example/${i}`,
      ...textArticle(text, {
        url: `https://archive.example/${i}`,
        title: `Archived story ${i}`,
        siteName: 'Archive Example',
        lang: 'en',
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      }),
      firstReadAt: 1_600_000_000_000 + i,
      lastReadAt: 1_600_000_000_000 + i,
      readCount: 1,
      savedAt: i % 3 === 0 ? 1_600_000_000_000 + i : null,
      html: null,
      entities: [
        {
          id: `per:${name.toLowerCase().replace(/ /g, '-')}`,
          type: 'PER',
          name,
          salience: 1,
          mentions: [{ start, end: start + name.length }],
        },
      ],
    };
  });
}

describe('a 1,000-article import', () => {
  it('keeps the popup usable while it runs, and ends with every article there', async () => {
    const file = Buffer.from(serializeExport(archive()));
    const { openPopup } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const first = await openPopup();
    await first.getByRole('article', { name: 'Recognised article' }).waitFor();
    await first.close();
    const options = await env.ext.openExtensionPage('options.html');
    await options.getByText(/1 article read, 0 saved/).waitFor();
    await options.getByLabel('Import an export…').setInputFiles({
      name: 'backstory-big.json',
      mimeType: 'application/json',
      buffer: file,
    });
    // While the import runs, the reader opens the popup: it shows the page and recent reading.
    await options.getByText(new RegExp(`Importing… \\d+ of ${COUNT}`)).waitFor();
    const popup = await openPopup();
    await popup.getByRole('article', { name: 'Recognised article' }).waitFor();
    await popup.getByRole('region', { name: 'Recently read' }).waitFor();
    // Search answers too, over the reading history.
    await popup.getByRole('searchbox', { name: 'Search your archive' }).fill('Pyongyang');
    await popup.getByRole('checkbox', { name: 'Include articles only read' }).check();
    await popup
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /Poutine se rend à Pyongyang/ })
      .waitFor();
    const stillImporting = await options
      .getByText(new RegExp(`Importing… \\d+ of ${COUNT}`))
      .isVisible();

    await options
      .getByRole('status')
      .getByText(`Imported: ${COUNT} new, 0 merged with articles already here.`)
      .waitFor({ timeout: 120_000 });
    await options.getByText(/1,001 articles read, 334 saved/).waitFor();
    // Had the import finished before the popup answered, this test would prove nothing.
    expect(stillImporting).toBe(true);
    // The imported articles are searchable by entity.
    await popup.getByRole('searchbox', { name: 'Search your archive' }).fill('person:Olaf');
    await popup
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /^Archived story/ })
      .first()
      .waitFor();
  }, 180_000);
});
