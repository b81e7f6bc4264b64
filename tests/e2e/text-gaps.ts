import type { Locator } from 'playwright-core';

/** One element's text, and the room under its text's last line. */
export interface TextGap {
  text: string;
  /** Px between the bottom of the element's last line of text and the element's own bottom. */
  gap: number;
  /** Its computed line height, px. */
  lineHeight: number;
}

/**
 * The room each element keeps under its text: a line kept for something hidden (the room for
 * "Not this story") shows as a gap of a line's height.
 */
export function textGaps(parts: Locator): Promise<TextGap[]> {
  return parts.evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
      const textBottom = Math.max(...boxes.map((r) => r.bottom));
      return {
        text: element.textContent ?? '',
        gap: element.getBoundingClientRect().bottom - textBottom,
        lineHeight: parseFloat(getComputedStyle(element).lineHeight),
      };
    }),
  );
}
