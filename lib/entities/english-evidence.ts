/**
 * English evidence that a span is no name, read from the language and from the page's layout
 * (confidence.ts, englishNotName: a reader's veto, like the other ordinaryWord reasons). Measured
 * on the English pages of extraction-dev (issue 15, en39): an exclamation in capitals ("Why the
 * FUCK did you", "WOW."), a gerund opening a "person" ("Hating Millennials", a title), a word
 * that only ever stands alone on its line (a button "Pin", a table head "Romaji"), a reporter's
 * initials closing the article ("… in the tournament. (NM)"), initials before "Jr" cut from
 * their surname ("King JC Jr" read as "JC Jr"), a given name read as a place ("Ashlee’s dresser"), a
 * place naming the agreement signed there ("the Kyoto protocol") or a food ("Brussels sprouts").
 */
import { commonWordBand, isEnglishWord, trainedNameType } from './common-words';
import { foldName } from './fold-name';
import { isGivenName } from './given-names';
import { aloneOnLine, everyMention, type Span } from './mention-spans';

// English exclamations and oaths, folded: written in capitals they shout, they name no one
// ("WOW. I couldn't believe this", "Why the FUCK did you"). Not "OK" (Oklahoma), "HELL", "HELP".
const EXCLAMATIONS_EN = new Set(
  (
    'wow whoa woah omg lol lmao rofl wtf fuck fucking fucked shit damn dammit goddamn yes yeah ' +
    'yep yup nope oops ouch ugh yay hooray bravo argh aha haha hahaha huh hmm phew yikes jeez ' +
    'gosh duh meh boo yuck eek whew hurray amen'
  ).split(' '),
);

const CAPS = /^\p{Lu}{2,}$/u;
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;
const CREDIT_INITIALS = /^\p{Lu}{2,3}$/u;
const INITIALS_JR = /^\p{Lu}{1,3}\.? (?:Jr|Sr)\.?$/u;

// Lower-case heads of an agreement's name after the place it was signed in ("the Kyoto
// protocol", "the Paris agreement", "the Minsk accords"): the place names the agreement there.
const AGREEMENT_AFTER =
  /^[-\s](?:protocols?|accords?|agreements?|treaty|treaties|conventions?|declaration|consensus)(?![\p{L}\p{M}])/u;

// Lower-case heads of the English names of foods called after a place ("Brussels sprouts",
// "Dijon mustard", "Cheddar cheese", "Buffalo wings", "Parma ham"): a kind of food, no place.
const FOOD_AFTER =
  /^ (?:sprouts|mustard|cheese|sauce|wings|ham|sausages?|cabbage|lettuce|broil|chowder)(?![\p{L}\p{M}])/u;

/** Whether every mention of a place is followed by a food's lower-case head ("Brussels sprouts"). */
export function foodPlace(text: string, inText: readonly Span[]): boolean {
  return everyMention(inText, (m) => FOOD_AFTER.test(text.slice(m.end, m.end + 12)));
}

/** Whether every mention of a place is followed by an agreement's lower-case head ("Kyoto protocol"). */
export function agreementPlace(text: string, inText: readonly Span[]): boolean {
  return everyMention(inText, (m) => AGREEMENT_AFTER.test(text.slice(m.end, m.end + 16)));
}

/** Whether a word in capitals is an English exclamation or oath ("WOW", "FUCK"). */
export function capsExclamation(name: string): boolean {
  return CAPS.test(name) && EXCLAMATIONS_EN.has(foldName(name));
}

/**
 * Whether a name of two words or more opens with an English verb's -ing form that is no given
 * name ("Hating Millennials", "Making Sense"): a heading's or a title's words, no person's. The
 * verb is the English dictionary's ("hate", "make", "run" from "Running"); "Sterling", "Irving",
 * "Manning" are not verbs there or are given names.
 */
export function gerundOpening(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] as string;
  if (words.length < 2 || !GERUND.test(first) || isGivenName(first)) return false;
  const f = foldName(first);
  if (trainedNameType(f, 'en') === 'PER') return false;
  const stem = f.slice(0, -3);
  const stems = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/u.test(stem)) stems.push(stem.slice(0, -1));
  return stems.some(
    (s) => s.length >= 4 && (isEnglishWord(s) || commonWordBand(s, 'en') !== undefined),
  );
}

/**
 * Whether a one-word name stands alone on its line at each of its two mentions or more, never in
 * a sentence: a button, a menu item or a table's head repeated down the page ("Pin" before each
 * answer, "Romaji" heading each vocabulary table). A name the page speaks of also appears in its
 * sentences.
 */
export function repeatedLineLabel(name: string, text: string, inText: readonly Span[]): boolean {
  return (
    !/\s/u.test(name) &&
    !isGivenName(name) &&
    inText.length >= 2 &&
    inText.every((m) => aloneOnLine(text, m.start, m.end))
  );
}

/**
 * Whether every mention is two or three capitals in brackets closing a paragraph ("… to prepare
 * for the tournament. (NM)"): the initials a newspaper signs a short report with, no body's
 * acronym; a body's acronym in brackets follows its name ("the Ministry of Education (MOE)").
 */
export function creditInitials(name: string, text: string, inText: readonly Span[]): boolean {
  return (
    CREDIT_INITIALS.test(name) &&
    everyMention(
      inText,
      (m) =>
        text[m.start - 1] === '(' &&
        /^\)\s*(?:\n|$)/u.test(text.slice(m.end, m.end + 3)) &&
        /[.!?"”’]\s*$/u.test(text.slice(Math.max(0, m.start - 4), m.start - 1)),
    )
  );
}

/**
 * Whether a one-word place is a given name that no English training text reads as a place
 * ("Ashlee’s dresser and changing station"): a person named by the first name, as home and
 * lifestyle pages do; a town of that name is the KB's or the gazetteer's.
 */
export function givenNamePlace(name: string): boolean {
  return (
    !/\s/u.test(name) && isGivenName(name) && trainedNameType(foldName(name), 'en') === undefined
  );
}

/**
 * Why an English name is no name (one of the reasons above), or undefined. `type` is the
 * entity's; `inText` its mentions found as written in `text`; of a name the KB or the
 * gazetteer knows (`known`), only the agreement or the food a place names is read.
 */
export function englishNotName(
  name: string,
  type: 'PER' | 'LOC' | 'ORG',
  text: string,
  inText: readonly Span[],
  known = false,
): string | undefined {
  if (type === 'LOC' && agreementPlace(text, inText)) return 'agreement';
  if (type === 'LOC' && foodPlace(text, inText)) return 'food';
  if (known) return undefined;
  if (capsExclamation(name)) return 'exclamation';
  if (type === 'PER' && gerundOpening(name)) return 'gerund';
  if (type === 'PER' && INITIALS_JR.test(name)) return 'initials';
  if (type === 'LOC' && givenNamePlace(name)) return 'given';
  if (creditInitials(name, text, inText)) return 'credit';
  if (repeatedLineLabel(name, text, inText)) return 'label';
  return undefined;
}
