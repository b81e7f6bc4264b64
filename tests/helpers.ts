import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '@/lib/extract/parse-html';

export const SEED_URL = 'http://127.0.0.1/news24-putin-pyongyang.fr.html';

/** Path of a file in tests/fixtures. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** A fixture page parsed as the browser would see it at `url`. */
export function loadFixture(name: string, url: string | null = null): Document {
  return parseHtmlDocument(readFileSync(fixturePath(name), 'utf8'), url);
}
