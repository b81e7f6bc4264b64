import type { Page } from 'puppeteer-core';

export interface Highlighted {
  /** How the page shows them: CSS Custom Highlight ranges, or `<backstory-mark>` elements. */
  mechanism: 'css-highlights' | 'marks' | 'none';
  /** The underlined words, in page order for marks, per highlight for ranges. */
  words: string[];
}

/**
 * What the page shows underlined by Backstory, whichever way the content script draws it: the
 * ranges registered in `CSS.highlights` (the page registers none of its own), else the text of
 * each `<backstory-mark>`.
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
    const marks = Array.from(document.querySelectorAll('backstory-mark'), (m) => m.textContent);
    return { mechanism: marks.length > 0 ? 'marks' : 'none', words: marks as string[] };
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
