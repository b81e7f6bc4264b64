import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './fixtures';
import { openPage, readEarlierEnglish, useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();
type Scheme = 'light' | 'dark';
type Rgba = [number, number, number, number];

function parseColor(css: string): Rgba {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
  if (!m) throw new Error(`unexpected computed colour ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** `top` painted over the opaque `under`. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
}

function contrast(fg: Rgba, bg: Rgba): number {
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

interface Colours {
  text: Rgba;
  background: Rgba;
  ratio: number;
}

/**
 * The colour of the first element matching `selector` and the background it is read on: the
 * background colours of it and its ancestors, composited from the canvas up.
 */
async function coloursOf(page: Page, selector: string, scheme: Scheme): Promise<Colours> {
  const found = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const layers: string[] = [];
      for (let n: Element | null = el; n; n = n.parentElement) {
        layers.push(getComputedStyle(n).backgroundColor);
      }
      return { color: getComputedStyle(el).color, layers };
    });
  // Chromium paints the canvas white, or dark with `color-scheme: dark`; the body covers it here.
  let background: Rgba = scheme === 'dark' ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (const layer of found.layers.reverse()) background = over(parseColor(layer), background);
  const text = over(parseColor(found.color), background);
  return { text, background, ratio: contrast(text, background) };
}

// What is read: body text, a background card's one line, and an entry of the story timeline.
const TEXTS = {
  body: 'body',
  description: '.backgrounds .entity-card .description',
  timeline: '.story-first .timeline li .meta',
} as const;

async function showSeedWithHistory() {
  // The same story in English, published the day before: the seed page then has a timeline.
  await readEarlierEnglish(env);
  return openPage(env, '/news24-putin-pyongyang.fr.html');
}

/** Waits until the view shows background cards and a timeline with at least one entry. */
async function waitForCardsAndTimeline(page: Page) {
  const cards = page.getByRole('region', { name: 'Background' });
  await cards.locator('.entity-card .description').first().waitFor({ timeout: 20_000 });
  const timeline = page.getByRole('region', { name: 'This story' });
  await timeline.getByRole('link', { name: /Putin lands in Pyongyang as Kim pledges/ }).waitFor();
}

/** Font sizes in px, per view, measured by the first test once cards and timeline show. */
const sizes: Record<string, { meta: number; description: number; headline: number }> = {};

describe('light and dark themes', () => {
  it('follow the system scheme in popup and side panel, with readable text in both', async () => {
    const seed = await showSeedWithHistory();
    const measured: Record<string, Record<Scheme, Record<keyof typeof TEXTS, Colours>>> = {};
    for (const view of ['popup', 'sidepanel'] as const) {
      measured[view] = {} as Record<Scheme, Record<keyof typeof TEXTS, Colours>>;
      for (const scheme of ['light', 'dark'] as const) {
        const page =
          view === 'popup'
            ? await seed.openPopup()
            : await env.ext.openExtensionPage('sidepanel.html');
        await page.emulateMedia({ colorScheme: scheme });
        if (view === 'sidepanel') await seed.page.bringToFront();
        await waitForCardsAndTimeline(page);
        await saveScreenshot(page, `themes-${view}-${scheme}`);
        const row = {} as Record<keyof typeof TEXTS, Colours>;
        for (const [name, selector] of Object.entries(TEXTS) as [keyof typeof TEXTS, string][]) {
          row[name] = await coloursOf(page, selector, scheme);
          expect(
            row[name].ratio,
            `${view} ${scheme} ${name}: ${row[name].text} on ${row[name].background}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
        measured[view][scheme] = row;
        const size = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        sizes[view] = {
          meta: await size('.entity-card .meta'),
          description: await size(TEXTS.description),
          headline: await size('.story-first .timeline a'),
        };
        expect(sizes[view].meta).toBeGreaterThanOrEqual(12);
        await page.close();
      }
      // The scheme changes what is painted: dark text on light, light text on dark.
      const { light, dark } = measured[view];
      for (const name of Object.keys(TEXTS) as (keyof typeof TEXTS)[]) {
        expect(luminance(light[name].background), `${view} ${name}`).toBeGreaterThan(
          luminance(light[name].text),
        );
        expect(luminance(dark[name].background), `${view} ${name}`).toBeLessThan(
          luminance(dark[name].text),
        );
      }
      expect(luminance(light.body.background) - luminance(dark.body.background)).toBeGreaterThan(
        0.5,
      );
    }
    await seed.page.close();
  });
});

describe('text size', () => {
  // Chromium's stylesheet for extension pages sets `body { font-size: 75% }`: with the font set
  // on :root only, card descriptions and timeline headlines were 10.5px, smaller than the 12px
  // secondary lines under them. panel.css now sets it on body too.
  it('body text is no smaller than the secondary lines under it', () => {
    expect(Object.keys(sizes)).toEqual(['popup', 'sidepanel']);
    for (const [view, { meta, description, headline }] of Object.entries(sizes)) {
      expect(description, `${view} card description`).toBeGreaterThanOrEqual(meta);
      expect(headline, `${view} timeline headline`).toBeGreaterThanOrEqual(meta);
    }
  });
});
