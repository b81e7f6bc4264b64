/**
 * German evidence for the entity confidence (confidence.ts, features de_*): forms German text
 * gives teams, bands, products and landmarks that the tagger reads as persons, and the sports
 * report where a town is mostly its club. Each is weighed by the fitted model, none vetoes.
 */
import { lookupName } from '../kb/lookup';
import { trainedNameType } from './common-words';
import { foldName } from './fold-name';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';

// A German article or a preposition fused with one, just before a name ("von den Orlando Magic",
// "der Mount Rainier", "wie der Nissan Leaf", "im Woodlawn Cemetery").
const ARTICLE_BEFORE_DE =
  /(?<![\p{L}\p{M}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zum|zur|vom|im|am|beim|ins|ans)\s+$/iu;

/**
 * German: the mention at `at` follows an article (or "zum", "im", "beim"…) directly. German
 * writes no article before a person's name in its news and encyclopaedic prose (a title stands
 * between: "der Mathematiker Carl Ludwig Siegel"), but before a team, a band, a product, a ship
 * or a landmark ("den Dallas Mavericks", "der Nissan Leaf", "des Reindeer Lake").
 */
export function afterGermanArticle(text: string, at: number): boolean {
  return ARTICLE_BEFORE_DE.test(text.slice(Math.max(0, at - 8), at));
}

/** A word the KB, the gazetteer or a training text of German or English reads as a place. */
function placeWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  const f = foldName(word);
  return (
    getGazetteer().get(normalizeKey(word)) === 'LOC' ||
    lookupName(word)?.type === 'LOC' ||
    trainedNameType(f, 'de') === 'LOC' ||
    trainedNameType(f, 'en') === 'LOC'
  );
}

/**
 * A name of two words or more with a word that is a place's name ("Dallas Mavericks", "Benfica
 * Lissabon", "Dinamo Tiflis", "Melbourne Victory"): read as a person, mostly a club named by its
 * town. Some persons are so named ("Paris Hilton", "Jack London"): evidence, no veto.
 */
export function placeWordInName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.some(placeWord);
}

// Head words of landmarks, waters and roads, English and German, folded ("Reindeer Lake",
// "Melrose Abbey", "Gore Highway", "Komitat Vas", "Fürstentum Moldau").
const LANDMARK_HEADS = new Set(
  (
    'lake mount mountains channel abbey castle peak cemetery highway arena bay river island ' +
    'islands bridge tower cathedral square airport valley canyon creek falls forest glacier ' +
    'harbour harbor hill hills pass reef sound strait barrier hollow way rim gorge motorway ' +
    'freeway parkway palace fort stadium dam lough loch mons ' +
    'komitat furstentum herzogtum grafschaft kloster burg schloss friedhof fliegerhorst ' +
    'nationalfriedhof nationalpark naturpark landkreis kreis bezirk kanton provinz municipio'
  ).split(' '),
);

/**
 * A name of two words or more whose first or last word is a landmark's, a water's or a road's
 * head ("Reindeer Lake", "Mount Rainier", "Powis Castle", "Gore Highway", "Komitat Vas"): read
 * as a person, a place. "Ricki Lake", "Veronica Lake" are persons: evidence, no veto.
 */
export function landmarkHeadInName(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  return [words[0], words[words.length - 1]].some(
    (w) => /^\p{Lu}/u.test(w as string) && LANDMARK_HEADS.has(foldName(w as string)),
  );
}

// Stems of German sports words, found inside compounds ("Fußballspieler", "Ligapartie",
// "Stammtorwart", "Bundesligist").
const SPORTS_DE =
  /(?:fußball|liga|torhüter|torwart|stürmer|mittelfeld|verteidiger|schiedsrichter|elfmeter|stadion|meisterschaft|spieltag|halbfinale|mannschaft|erstligist|zweitligist|leihbasis|playoff|pokal|torschütze|saison|eishockey|basketball|handball)/giu;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * German: the text reports sport: three sports words or more (SPORTS_DE, inside compounds too),
 * at least 1 in 150 of its words. A town named there is mostly its club ("bei Leicester City",
 * "zu Werder Bremen").
 */
export function germanSportsText(text: string): boolean {
  const hits = text.match(SPORTS_DE)?.length ?? 0;
  if (hits < 3) return false;
  const words = text.match(WORD)?.length ?? 0;
  return hits * 150 >= words;
}

// A preposition that places something in a town ("in Bremen", "nach Leicester", "aus Ulm").
const IN_PLACE_DE = /(?<![\p{L}\p{M}])(?:in|im|nach|aus)\s+$/iu;

/** German: the mention at `at` follows "in", "im", "nach" or "aus": a place, even in sport. */
export function inPlaceDe(text: string, at: number): boolean {
  return IN_PLACE_DE.test(text.slice(Math.max(0, at - 6), at));
}

// Words of clubs' names, folded, in German sports pages' English, Spanish, Italian, Turkish and
// German clubs ("Leicester City", "Real Oviedo", "Dinamo Tiflis", "Sampdoria Genua", "Werder
// Bremen"), and the ending of Turkish clubs ("Rizespor", "Galatasaray" aside).
const CLUB_WORDS = new Set(
  (
    'city town united rovers wanderers athletic athletico atletico real dinamo dynamo sporting ' +
    'olympique olympiakos racing inter calcio fc sc sv afc cf vfb vfl tsv tsg borussia ' +
    'eintracht fortuna hertha werder spartak lokomotive lokomotiv zenit slavia sparta rapid ' +
    'celtic rangers hotspur albion argyle county juventus lazio sampdoria benfica galatasaray ' +
    'fenerbahce besiktas ajax feyenoord bayer schalke kickers stuttgarter nacional ' +
    'independiente deportivo mavericks lakers celtics bulls knicks nets rockets grizzlies ' +
    'nuggets steelers redskins bruins magic'
  ).split(' '),
);

/**
 * A name of two words or more with a club's word ("Leicester City", "Real Oviedo", "Dinamo
 * Tiflis", "Dallas Mavericks") or a Turkish club's ending ("Çaykur Rizespor"): read as a person or
 * a place, mostly a club. Towns are named so too ("Mexico City", "Kansas City"): evidence only.
 */
export function clubWordInName(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length >= 2 && words.some((w) => CLUB_WORDS.has(foldName(w)) || /\p{Ll}{3}spor$/u.test(w))
  );
}
