import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, saveScreenshot } from './fixtures';
import { openPage, readEarlierEnglish, useExtensionBrowser } from './setup-browser';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';
// The seed's text republished as it is by another site (a wire story), under its own name.
const COPY_URL = 'http://wire-copy.example/monde/kim-poutine.html';

const env = useExtensionBrowser();

describe('one wire text read on two sites', () => {
  it('is one entry of its story, also on the other site, and one article in its count', async () => {
    // The story's other article: the English one, read the day before.
    await readEarlierEnglish(env);
    const copy = readFileSync(join(ROOT, 'tests/fixtures/news24-putin-pyongyang.fr.html'), 'utf8')
      .replace(/content="News 24"/g, 'content="Wire Copy"')
      .replace(/"name": "News 24"/g, '"name": "Wire Copy"')
      .replace(/\| News 24<\/title>/g, '| Wire Copy</title>')
      .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${COPY_URL}">`);
    expect(copy).toContain('content="Wire Copy"');
    await env.ext.context.route(COPY_URL, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: copy }),
    );
    // Read first on the other site...
    const page = await env.ext.context.newPage();
    await page.goto(COPY_URL);
    const tabId = await env.ext.tabIdOf(COPY_URL);
    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup
      .getByRole('article', { name: 'Recognised article' })
      .getByText(SEED_TITLE)
      .first()
      .first()
      .waitFor({ timeout: 20_000 });
    await popup.close();
    // ...then on the seed's own site, where the side panel shows it.
    const seed = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await seed.page.bringToFront();
    const story = panel.getByRole('region', { name: 'This story' });
    const here = story.getByRole('listitem').filter({ hasText: 'You are reading this' });
    await here.getByText('Also on').waitFor({ timeout: 20_000 });
    // Two texts (French, English), not the French one twice: the copy is a link of its entry.
    const entries = story
      .getByRole('list', { name: 'Articles of this story you read, newest first' })
      .getByRole('listitem');
    expect(await entries.allTextContents()).toHaveLength(2);
    const link = here.getByRole('link', { name: `Same text on Wire Copy: ${SEED_TITLE}` });
    expect(await link.getAttribute('href')).toBe(COPY_URL);
    expect(await story.getByText(/^\d+ articles?,/).textContent()).toMatch(/^2 articles,/);
    await saveScreenshot(panel, 'sidepanel-wire-copies');
    await panel.close();
  }, 90_000);
});
