import { describe, expect, it } from 'vitest';
import { useFirefox } from './firefox';
import { articleTexts, highlightedWords } from './highlighted-words';

const env = useFirefox();

describe('in-page highlights in Firefox', () => {
  it('underline the mentions in the seed article and leave its text as served', async () => {
    const { page } = await env.openTab('/news24-putin-pyongyang.fr.html?highlights');
    await expect
      .poll(async () => (await highlightedWords(page)).words, { timeout: 20_000 })
      .toContain('Kim Jong Un');
    const { mechanism, words } = await highlightedWords(page);
    expect(mechanism).toBe('css-highlights'); // drawn, never wrapped in elements
    expect(words).toContain('Poutine');
    expect(words).toContain('Vladimir Poutine');
    const { now, served } = await articleTexts(page);
    expect(served).toContain('Poutine');
    expect(now).toBe(served);
  });
});
