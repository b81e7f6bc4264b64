import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textArticle } from '@/lib/article';
import type { StoredArticle } from '@/lib/db';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import type { Remembered, SourceMemory } from '@/lib/online/source-state';

export const SEED_URL = 'http://127.0.0.1/news24-putin-pyongyang.fr.html';

/** Path of a file in tests/fixtures. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** A fixture page parsed as the browser would see it at `url`. */
export function loadFixture(name: string, url: string | null = null): Document {
  return parseHtmlDocument(readFileSync(fixturePath(name), 'utf8'), url);
}

/** A stored article with nothing known but what the test gives (its key is its URL). */
export function storedArticle(over: Partial<StoredArticle> & { key: string }): StoredArticle {
  return {
    ...textArticle(over.text ?? 'Text.', { url: over.key }),
    firstReadAt: 1,
    lastReadAt: 1,
    readCount: 1,
    ...over,
  };
}

/** `n` stored articles numbered from 1, each with a word of its own ("Tulip number w7."). */
export function tulips(n: number): StoredArticle[] {
  return Array.from({ length: n }, (_, i) =>
    storedArticle({
      id: i + 1,
      key: `https://a.example/${i + 1}`,
      title: `Article ${i + 1}`,
      lang: 'en',
      text: `Tulip number w${i + 1}.`,
      savedAt: 1,
    }),
  );
}

/** An online source's memory kept in a variable: what a restarted worker finds again. */
export function memorySourceMemory(): SourceMemory {
  let kept: Remembered | null = null;
  return {
    load: () => Promise.resolve(kept),
    save: (value) => {
      kept = value;
      return Promise.resolve();
    },
  };
}
