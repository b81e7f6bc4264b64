import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textArticle, type Article } from '@/lib/article';
import { upsertArticle, type BackstoryDb, type StoredArticle, type StoredEntity } from '@/lib/db';
import type { Entity } from '@/lib/entities/merge-mentions';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { analyzeDocument } from '@/lib/pipeline/analyze';
import type { Remembered, SourceMemory } from '@/lib/online/source-state';

/**
 * Six sentences of German news: enough text (≥ 500 characters) for the language detected from
 * it to overrule a page's tag.
 */
export const GERMAN_TEXT =
  'Karl Geiger holte sich mit dem zweiten Platz die Weltcupführung von Ryoyu Kobayashi. ' +
  'Die Bananen werden unter Zugabe von Ethylen gereift und kommen dann in die Läden. ' +
  'Bei den jetzt beginnenden Spielen in Peking gehört er zu den Favoriten, sagte der Trainer. ' +
  'Nach dem Wettkampf reisen die Springer am Montag weiter nach Oberstdorf und trainieren dort. ' +
  'Das Wetter war gut, und die Zuschauer freuten sich über einen spannenden Abend am Berg. ' +
  'Im nächsten Jahr wollen die Veranstalter noch mehr Karten verkaufen als in diesem Winter.';

/** Five sentences of Polish news, as long: a language the recogniser does not read. */
export const POLISH_TEXT =
  'Premier powiedział we wtorek, że rząd przedstawi w parlamencie propozycję obniżenia podatków od paliw. ' +
  'Opozycja zapowiedziała sprzeciw, a związki zawodowe chcą rozmawiać z ministrem finansów jeszcze w tym tygodniu. ' +
  'Według ekonomistów obniżka może kosztować budżet kilka miliardów złotych rocznie, ale pomoże rodzinom. ' +
  'Ustawa ma trafić do Sejmu w przyszłym miesiącu, a głosowanie odbędzie się przed wakacjami parlamentarnymi. ' +
  'Przedsiębiorcy z branży transportowej od dawna domagali się takiej zmiany i przyjęli zapowiedź z ulgą.';

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

/**
 * A fixture page (path under tests/fixtures) extracted and annotated as the extension does,
 * then stored as read at `readAt`, at http://fixtures.localhost/<path>.
 */
export async function storeFixture(
  db: BackstoryDb,
  name: string,
  readAt: number,
): Promise<StoredArticle> {
  const url = `http://fixtures.localhost/${name}`;
  const result = analyzeDocument(name, loadFixture(name, url), { url });
  if (!result.article) throw new Error(`${name}: ${result.error ?? 'no article'}`);
  const entities: StoredEntity[] = (result.entities as Entity[]).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    salience: e.salience,
    mentions: e.mentions.map(({ start, end }) => ({ start, end })),
    // As the background stores them (handlers.ts): an unsure entity is kept for search only.
    ...(e.shown === false ? { shown: false } : {}),
  }));
  const article: Article & { entities: StoredEntity[] } = { ...result.article, entities };
  return upsertArticle(db, article, readAt);
}
