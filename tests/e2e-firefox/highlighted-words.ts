import type { Page } from 'puppeteer-core';

export interface Highlighted {
  /** How the page shows them: CSS Custom Highlight ranges, or nothing. */
  mechanism: 'css-highlights' | 'none';
  /** The underlined words, per highlight. */
  words: string[];
}

/**
 * What the page shows underlined by Backstory: the ranges registered in `CSS.highlights` (the
 * page registers none of its own). The content script never wraps text in elements (#20).
 */
export function highlightedWords(page: Page): Promise<Highlighted> {
  return page.evaluate((): Highlighted => {
    const registry = (CSS as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const ranges = registry ? [...registry.values()].flatMap((h) => [...h]) : [];
    if (ranges.length > 0) {
      return {
        mechanism: 'css-highlights',
        words: ranges.map((r) => {
          const range = document.createRange(); // A StaticRange has no toString.
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }),
      };
    }
    return { mechanism: 'none', words: [] };
  });
}

/** The article's text as the page shows it now, and as the served HTML has it. */
export function articleTexts(page: Page): Promise<{ now: string; served: string }> {
  return page.evaluate(async () => {
    const served = new DOMParser().parseFromString(
      await (await fetch(location.href)).text(),
      'text/html',
    );
    return {
      now: document.querySelector('article')?.textContent ?? '',
      served: served.querySelector('article')?.textContent ?? '',
    };
  });
}
