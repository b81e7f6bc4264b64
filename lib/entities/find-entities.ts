import type { Article } from '../article';
import { canonicalEntityId } from '../kb/canonical-id';
import {
  type DetectedLang,
  detectLanguage,
  guessLanguage,
  latinShare,
  normalizeLang,
} from './detect-language';
import { withConfidence } from './confidence';
import { findArticleMentions } from './find-mentions';
import { articleTownName } from './french-media';
import { germanCardNames } from './german-names';
import { type Entity, mergeMentions } from './merge-mentions';
import { titleCaseArtefact, titleCaseOnly, verbInsidePerson } from './title-case-text';
import { hideTypeConflicts } from './type-conflicts';

/** Text from which the detected language overrules a page's tag (franc is unsure below it). */
export const OVERRULE_TAG_FROM_CHARS = 500;

/**
 * The article's language: its own tag when we support it, else detected from the text. A tag
 * the text clearly contradicts gives way (a German blog whose theme says lang="en-US", an
 * English privacy page on a French site): read as English, German nouns became names ("Nähe zu
 * den Wellen", "Zugabe von Ethylen"); so does a tag of ours on a text in a language we do not
 * read (Polish pages tagged "es"): "und".
 */
export function resolveLanguage(article: Pick<Article, 'lang' | 'text'>): DetectedLang {
  const tagged = normalizeLang(article.lang);
  if (!tagged) return article.lang ? 'und' : detectLanguage(article.text);
  if (article.text.length < OVERRULE_TAG_FROM_CHARS) return tagged;
  const found = guessLanguage(article.text);
  if (found === 'other') return 'und';
  return found === 'und' ? tagged : found;
}

/**
 * People, places and organisations of an article, one entity per referent, most salient first.
 * Text in a script other than Latin yields no entities (the tagger only knows Latin script).
 */
export function findEntities(
  article: Pick<Article, 'lang' | 'text' | 'title'>,
  lang = resolveLanguage(article),
): Entity[] {
  if (!article.text.trim() || latinShare(article.text) < 0.5) return [];
  const { body, title } = findArticleMentions(article.text, article.title, lang);
  // A name the article gives two types is shown as neither: hiding beats a wrong type. In a
  // language we do not read ("und"), only what the KB confirms is shown (withConfidence kbOnly),
  // weighed with English's weights but none of the four languages' own cues.
  const entities = hideTypeConflicts(
    withConfidence(
      mergeMentions(body, title, lang === 'und' ? undefined : lang, article.text),
      article.text,
      lang,
      { kbOnly: lang === 'und' },
    ),
  );
  if (lang === 'de') return germanCardNames(entities, article.text);
  if (lang === 'fr') return frenchTownNames(entities, article.text);
  if (lang.slice(0, 2).toLowerCase() !== 'en') return entities;
  // A Title Case headline with no body (a feed's item) says little by its capitals: a name they
  // made ("Why Herbalife", "Gox Hacked") is not shown (title-case-text.ts); it stays searchable.
  // Nor, in any English text, two names a capitalised verb joined ("Stacy Keibler Marries Jared
  // Pobre"), which a headline too short to read as Title Case makes too.
  const titleCase = titleCaseOnly(article.text, article.title, lang);
  return entities.map((e) =>
    e.shown && (verbInsidePerson(e) || (titleCase && titleCaseArtefact(e)))
      ? { ...e, shown: false }
      : e,
  );
}

/**
 * A French town the text names after a contracted article ("le port du Havre") is shown by its
 * whole name, "Le Havre" (articleTownName), with that name's id, so that it is one entity with
 * the town of pages that write "Le Havre". Renamed after the confidence, which reads the name the
 * text gave. Where the page also writes "Le Havre" (an entity of that id), "Havre" is merged
 * into it: its mentions join, the surer of the two confidences stands.
 */
function frenchTownNames(entities: Entity[], text: string): Entity[] {
  const renamed = entities.map((e) => {
    const name = articleTownName(text, e);
    return name ? { ...e, name, id: canonicalEntityId(e.type, [name], 'fr') } : e;
  });
  if (renamed.every((e, i) => e === entities[i])) return entities;
  const byId = new Map<string, Entity>();
  const out: Entity[] = [];
  for (const e of renamed) {
    const same = byId.get(e.id);
    if (!same || same.type !== e.type) {
      byId.set(e.id, e);
      out.push(e);
      continue;
    }
    const k = out.indexOf(same);
    const merged: Entity = {
      ...same,
      name: same.name.length >= e.name.length ? same.name : e.name,
      salience: Math.max(same.salience, e.salience),
      mentions: [...same.mentions, ...e.mentions].sort((a, b) => a.start - b.start),
      confidence: Math.max(same.confidence ?? 0, e.confidence ?? 0),
      shown: !!(same.shown || e.shown),
    };
    out[k] = merged;
    byId.set(e.id, merged);
  }
  return out;
}
