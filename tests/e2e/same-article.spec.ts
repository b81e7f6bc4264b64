import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './fixtures';
import { openPage, readEarlierEnglish, useExtensionBrowser } from './setup-browser';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

const env = useExtensionBrowser();

describe('one article under several addresses of its site', () => {
  it('is one article in its story, whichever address the side panel is opened on', async () => {
    // The story's other article: the English one, read the day before.
    await readEarlierEnglish(env);
    // The French article under two query strings (the fixture server's page names no canonical
    // URL on its own site): read once plainly...
    const plain = await openPage(env, '/news24-putin-pyongyang.fr.html?one');
    const popup = await plain.openPopup();
    await popup
      .getByRole('article', { name: 'Recognised article' })
      .getByText(SEED_TITLE)
      .waitFor({ timeout: 20_000 });
    await popup.close();
    // ...then under another address, where the side panel shows it.
    const other = await openPage(env, '/news24-putin-pyongyang.fr.html?two');
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await other.page.bringToFront();
    const card = panel.getByRole('article', { name: 'Recognised article' });
    await card.getByText(SEED_TITLE).first().waitFor({ timeout: 20_000 });
    const story = panel.getByRole('region', { name: 'This story' });
    const entries = story
      .getByRole('list', { name: 'Articles of this story you read, newest first' })
      .getByRole('listitem');
    // Once the article read here is in its story (marked as the one being read), the story
    // holds two articles (French, English), not the French one twice.
    await story.getByText('You are reading this').waitFor({ timeout: 20_000 });
    expect(await entries.allTextContents()).toHaveLength(2);
    expect(await story.getByText(/^\d+ articles?,/).textContent()).toMatch(/^2 articles,/);
    await saveScreenshot(panel, 'sidepanel-same-article');
    await panel.close();
  }, 90_000);
});
