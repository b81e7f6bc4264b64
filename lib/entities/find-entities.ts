import type { Article } from '../article';
import {
  type DetectedLang,
  detectLanguage,
  guessLanguage,
  latinShare,
  normalizeLang,
} from './detect-language';
import { withConfidence } from './confidence';
import { findArticleMentions } from './find-mentions';
import { germanCardNames } from './german-names';
import { type Entity, mergeMentions } from './merge-mentions';
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
  return lang === 'de' ? germanCardNames(entities, article.text) : entities;
}
