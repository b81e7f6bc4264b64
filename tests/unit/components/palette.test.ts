import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The popup's, side panel's, options' and reader's stylesheet, read as text: its colours for
// light and dark, and the rules that use them.
const css = readFileSync(join(__dirname, '../../../components/panel.css'), 'utf8');
const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));

function palette(block: string): Record<string, string> {
  const end = block.indexOf('}');
  return Object.fromEntries(
    [...block.slice(0, end).matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]),
  );
}
const LIGHT = palette(css);
const DARK = { ...LIGHT, ...palette(dark) };

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** `share` of `top` over `under`, as color-mix(in srgb) gives it. */
function mix(top: string, under: string, share: number): string {
  const [t, u] = [channels(top), channels(under)];
  return `#${t
    .map((c, i) =>
      Math.round(c * share + u[i]! * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
/** The declarations of the rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const at = css.indexOf(`\n${selector} {`);
  expect(at, selector).toBeGreaterThan(-1);
  return css.slice(at, css.indexOf('}', at));
}

describe('the panel colours, light and dark', () => {
  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('keep every text colour readable (4.5:1) in %s', (_, p) => {
    const newIn = mix(p.accent!, p.bg!, 0.07); // the "New in this article" box
    for (const text of ['fg', 'muted', 'accent', 'error']) {
      expect(contrast(p[text]!, p.bg!), text).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p[text]!, newIn), `${text} in "New in"`).toBeGreaterThanOrEqual(4.5);
    }
    // The "You are reading this" badge: the background's colour on the accent.
    expect(contrast(p.bg!, p.accent!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('draws fields with an edge one can see (3:1) in %s', (_, p) => {
    expect(contrast(p.field!, p.bg!)).toBeGreaterThanOrEqual(3);
    // The quiet rules between items are not a field's edge.
    expect(contrast(p.line!, p.bg!)).toBeLessThan(3);
  });

  it('gives the search, site, select and sync fields that edge, and their hints the muted text', () => {
    for (const field of [
      ".search input[type='search']",
      '.add-site input',
      '.select',
      '.sync-form .input',
    ]) {
      expect(rule(field)).toContain('border: 1px solid var(--field);');
    }
    expect(rule('input::placeholder')).toMatch(/color: var\(--muted\);\s+opacity: 1;/);
  });
});
