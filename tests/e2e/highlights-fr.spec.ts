import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardText, mentionPoint, underlinedTexts } from './card-text';
import { ARTIFACTS_DIR, saveScreenshot } from './fixtures';
import { openPage, useExtensionBrowser } from './setup-browser';

// A French reader of the French seed article: the page, its card and the side panel in French.
const env = useExtensionBrowser({ lang: 'fr' });
const SEED = '/news24-putin-pyongyang.fr.html';

describe('in-page highlights in a French browser', () => {
  it('mark the French article, show a French card, and the side panel in French', async () => {
    const { page } = await openPage(env, SEED);
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Kim Jong Un');
    expect(await underlinedTexts(page)).toContain('Poutine');

    const cdp = await page.context().newCDPSession(page);
    const poutine = await mentionPoint(page, 'Poutine');
    await page.mouse.move(poutine.x, poutine.y);
    await expect.poll(async () => (await cardText(cdp))?.text).toContain('Vladimir Poutine');
    // Type, French name, the knowledge base's French line, then the French hint.
    expect((await cardText(cdp))?.text).toMatch(
      /^Personne \| Vladimir Poutine \| président de la Russie \| Cliquez pour ouvrir/,
    );
    // The viewport only: a full-page capture resizes the page and the card goes with the hover.
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'highlights-card-fr.png') });
    await cdp.detach();

    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const article = panel.getByRole('article', { name: 'Article reconnu' });
    await article.waitFor();
    const people = panel
      .getByRole('region', { name: 'Dans cet article' })
      .getByRole('list', { name: 'Personnes' });
    expect(await people.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['Vladimir Poutine', 'Kim Jong-un']),
    );
    const cards = panel.getByRole('region', { name: 'Contexte' });
    await cards.getByRole('article', { name: /^Vladimir Poutine/ }).waitFor();
    // One name per entity, in every article of the story: the knowledge base's French one, on
    // chip and card alike ("Kim Jong-un", where this text writes "Kim Jong Un").
    await cards.getByRole('article', { name: /^Kim Jong-un/ }).waitFor();
    const putinCard = cards.getByRole('article', { name: /^Vladimir Poutine/ });
    // The card shows "Chargement…" until its background arrives: wait for the French line.
    await expect.poll(() => putinCard.textContent()).toContain('président de la Russie');
    const earlier = panel.getByRole('region', { name: 'Ce sujet' });
    await earlier
      .getByText('Rien d’autre sur ce sujet dans vos lectures pour l’instant.')
      .waitFor();
    await saveScreenshot(panel, 'sidepanel-highlights-fr');
    await panel.close();
    await page.close();
  });
});
