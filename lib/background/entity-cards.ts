import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { StoredArticle, StoredEntity } from '../db/schema';
import { createTranslator, entityTypeLabel } from '../i18n/translate';
import { lookupOfflineFacts } from '../kb/offline-facts';
import type { EntityCardView, PageEntity } from '../messaging/protocol';
import { formatDay } from '../format/display';
import { ownName, readerName } from './entity-names';
import type { LastRead } from './last-read';

// Enough for any article; a page listing thousands of names gets its most salient ones.
const MAX_ENTITIES = 200;
const MAX_SURFACES = 12;
// A headline in a hover card: one line or two, never a paragraph.
const MAX_TITLE = 80;

/**
 * The entities of a stored article as the page's highlights need them: the strings the text
 * names each one by, and its card in the interface's language (`uiLang`, "fr", "en-GB"), with
 * the reader's last other article about it when `history` knows one (lib/background/last-read).
 */
export function entityCards(
  article: StoredArticle,
  uiLang: string,
  history: Map<string, LastRead> = new Map(),
): PageEntity[] {
  const t = createTranslator(uiLang.toLowerCase().startsWith('fr') ? fr : en);
  const shown = (article.entities ?? []).filter((e) => e.shown !== false);
  return shown.slice(0, MAX_ENTITIES).map((entity) => {
    const card = cardOf(entity, article.lang, entityTypeLabel(t, entity.type), uiLang);
    const last = history.get(entity.id);
    if (last) {
      const day = formatDay(last.readAt, uiLang) ?? '';
      card.history = last.title
        ? t('hoverLastRead', day, shorten(last.title))
        : t('hoverLastReadUntitled', day);
    }
    return {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      surfaces: surfacesOf(entity, article.text),
      card,
    };
  });
}

function shorten(title: string): string {
  const s = title.replace(/\s+/g, ' ').trim();
  return s.length <= MAX_TITLE ? s : `${s.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

/** The card of one entity: its name in the reader's language and one line, when the KB knows. */
function cardOf(
  entity: StoredEntity,
  articleLang: string | null,
  typeLabel: string,
  uiLang: string,
): EntityCardView {
  const facts = lookupOfflineFacts(entity, uiLang);
  return {
    title: readerName(
      entity.name,
      articleLang,
      uiLang,
      facts?.name,
      ownName(entity.id, uiLang, entity.name),
    ),
    typeLabel,
    ...(facts?.description ? { description: facts.description } : {}),
  };
}

/** The distinct strings of its mentions (and its name), longest first. */
function surfacesOf(entity: StoredEntity, text: string): string[] {
  const strings = new Set<string>([entity.name]);
  for (const { start, end } of entity.mentions) {
    const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (s) strings.add(s);
  }
  return [...strings].sort((a, b) => b.length - a.length).slice(0, MAX_SURFACES);
}
