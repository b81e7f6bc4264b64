import type { StoredEntity } from '../db/schema';
import type { OnlineBackground } from '../messaging/protocol';
import type { OnlineEndpoints } from '../settings';
import { fetchWikiBackground, type WikiConfig, type WikiDeps } from '../online/wiki';

/** Sent as Api-User-Agent, as Wikimedia's policy asks (no contact address yet: see README). */
export const USER_AGENT = 'Backstory/0.1 (browser extension; one request at a time, cached)';

/** The Wikimedia client's configuration from the reader's settings. */
export function wikiConfig(endpoints: OnlineEndpoints): WikiConfig {
  return {
    wikidataApi: endpoints.wikidataApi,
    wikipediaRest: (lang) => endpoints.wikipediaRest.replace('{lang}', lang),
    userAgent: USER_AGENT,
  };
}

/** The Wikidata id an entity id carries ("per:Q7747" → "Q7747"), if any. */
export function qidOf(entityId: string): string | undefined {
  return /^[a-z]+:(Q[1-9]\d*)$/.exec(entityId)?.[1];
}

/**
 * Asks Wikidata and Wikipedia about a stored entity: only its name (the longest the article
 * uses), its type and the reader's language leave the browser, or its QID when known.
 */
export async function onlineBackground(
  entity: Pick<StoredEntity, 'id' | 'type' | 'name'>,
  lang: string,
  deps: Omit<WikiDeps, 'config'> & { endpoints: OnlineEndpoints },
): Promise<OnlineBackground> {
  const qid = qidOf(entity.id);
  const answer = await fetchWikiBackground(
    { name: entity.name, type: entity.type, ...(qid ? { qid } : {}) },
    lang,
    { ...deps, config: wikiConfig(deps.endpoints) },
  );
  if (!answer.ok) {
    return answer.reason === 'not-found'
      ? { status: 'not-found' }
      : { status: 'failed', reason: answer.reason };
  }
  return {
    status: 'ok',
    qid: answer.qid,
    ...(answer.description ? { description: answer.description } : {}),
    ...(answer.summary ? { summary: answer.summary } : {}),
  };
}
