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
import { aloneOnLine, everyMention, lineBounds, type Span } from './mention-spans';

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

// How a settings list tells what an option does, opening the line after the option's label.
const SETTING_OPENS =
  /^(?:(?:Select|Choose|Decide|Determine) (?:whether|which|how|if|what|the)|(?:Adjust|Toggle|Enable|Disable|Set) the|(?:With|When) this (?:setting|option))\b/u;

/**
 * English: whether the text from `start` to `end` stands on a short line (six words at most, no
 * sentence's end) and the next line that is not empty opens as a settings list tells what an
 * option does ("HUD\n\nSelect whether you want …", "Online ID Indicator\n\nSelect whether").
 */
export function settingLine(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  const line = text.slice(from, to).trim();
  if (/[.!?]$/u.test(line) || line.split(/\s+/u).length > 6) return false;
  let a = to + 1;
  for (let seen = 0; a < text.length && seen < 3; seen++) {
    const nl = text.indexOf('\n', a);
    const b = nl < 0 ? text.length : nl;
    const next = text.slice(a, b).trim();
    if (next) return SETTING_OPENS.test(next);
    a = b + 1;
  }
  return false;
}

// How many option labels (settingLine) make a page a settings list: a game's or an app's options,
// each label on its line and then what it does.
const SETTINGS_PAGE_AT_LEAST = 4;

let settingsPageMemo: { text: string; labels: number } | undefined;

/** How many lines of the text are a settings list's option labels (settingLine). */
export function settingLabelCount(text: string): number {
  if (settingsPageMemo?.text === text) return settingsPageMemo.labels;
  let labels = 0;
  for (let from = 0; from < text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (text.slice(from, to).trim() && settingLine(text, from, to)) labels++;
    from = to + 1;
  }
  settingsPageMemo = { text, labels };
  return labels;
}

/**
 * Whether a name is an option or a feature of a settings list (a page of four option labels or
 * more, settingLine): at one of its mentions it stands alone on its line (an option, a section
 * of options: "HUD", "Volta Football Audio") or in the line telling what an option does
 * ("Adjust the volume level of the music in VOLTA FOOTBALL gameplay", "With this setting tuned
 * on, EA Sports Trax will be enabled"). A maker named in a value ("EA Sports balls") stays.
 */
export function settingsListName(text: string, inText: readonly Span[]): boolean {
  return (
    inText.some((m) => {
      const [from] = lineBounds(text, m.start, m.end);
      return aloneOnLine(text, m.start, m.end) || SETTING_OPENS.test(text.slice(from, m.start));
    }) && settingLabelCount(text) >= SETTINGS_PAGE_AT_LEAST
  );
}

// What English writes after a program's name ("the WordPress open source project", "our AMP
// beta", "the AMP validator", "WordPress core developers") and before it ("people who use
// WordPress", "building with AMP", "using PyOxidizer for"): software, not a body. Not "app",
// "users", "release": a firm has an app and users, a body issues a release.
const SOFTWARE_AFTER =
  /^(?:['’]s)? (?:open[- ]source|source code|codebase|beta|alpha|validator|integrations?|plugins?|plug-ins?|extensions?|versions?|installation|installer|repository|APIs?|SDKs?|framework|core (?:developers|team|contributors))(?![\p{L}\p{M}])/u;
const SOFTWARE_BEFORE =
  /(?<![\p{L}\p{M}])(?:use|uses|using|install|installs|installed|installing|download|downloaded|downloading|upgrade to|upgraded to|built-in|built on|built with|building with|written in|switched to|migrate to|migrated to) $/u;

/**
 * Whether a body or a place is a program: at a fifth of its mentions or more, English speaks of
 * it as software (SOFTWARE_AFTER, SOFTWARE_BEFORE: "the WordPress open source project", "built-in
 * AMP integration", "using PyOxidizer for distributing").
 */
export function softwareUse(text: string, inText: readonly Span[]): boolean {
  const used = inText.filter(
    (m) =>
      SOFTWARE_AFTER.test(text.slice(m.end, m.end + 28)) ||
      SOFTWARE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)),
  ).length;
  return used > 0 && used * 5 >= inText.length;
}

// German articles and possessives: no person's name opens with them, a German work's title does
// ("Mein Kampf", "Das Kapital", "Der Spiegel" a paper). Not "Des", "Den" (Desmond, Dennis).
const GERMAN_OPENING = new Set(
  'mein meine dein deine das der die dem ein eine unser unsere'.split(' '),
);

/** Whether an English page's person opens with a German article or possessive ("Mein Kampf"). */
export function germanTitle(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length >= 2 &&
    GERMAN_OPENING.has((words[0] as string).toLowerCase()) &&
    !isGivenName(words[0] as string)
  );
}

// "a", "an", "another" (and "new") right before a name, then the sentence's end or a clause
// going on: the name counted as a thing ("with that comes a new Rocket Pass.").
const COUNTED_BEFORE = /(?<![\p{L}\p{M}])(?:[Aa]n?|[Aa]nother)(?: new| free| brand-new)? $/u;
const COUNTED_AFTER = /^(?:[.,;:!?)]|\s(?:is|was|that|which|with)(?![\p{L}\p{M}]))/u;

/**
 * Whether a body is counted as a thing at one of its mentions, an article "a" before it and
 * nothing it modifies after it ("comes a new Rocket Pass."): a product, a pass, an edition; a
 * body is no countable thing. "a Pfizer spokesman" names the body before a noun.
 */
export function countedThing(text: string, inText: readonly Span[]): boolean {
  return inText.some(
    (m) =>
      COUNTED_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) &&
      COUNTED_AFTER.test(text.slice(m.end, m.end + 8)),
  );
}

// A paragraph opened by a label of a few words and a colon ("Grant Support: None.").
const PARAGRAPH_LABEL = /(?:^|\n)\p{Lu}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,4}: \S/gu;

/**
 * Whether a name ending in a word English mostly writes in lower case (common-words.ts) opens a
 * paragraph with a colon at each of its mentions, on a page that opens three paragraphs or more so: a label of a paper's
 * notes ("Reproducible Research Statement: Study protocol: Not available.", beside "Grant
 * Support:", "Disclosures:"), no body. A person's name opens an interview's answers so, and a
 * body's ends with its own word ("Acme Corp").
 */
export function paragraphLabel(name: string, text: string, inText: readonly Span[]): boolean {
  return (
    commonWordBand(name.slice(name.lastIndexOf(' ') + 1), 'en') === 'mostly' &&
    everyMention(
      inText,
      (m) => (m.start === 0 || text[m.start - 1] === '\n') && text.startsWith(': ', m.end),
    ) &&
    (text.match(PARAGRAPH_LABEL)?.length ?? 0) >= 3
  );
}

// A body's lower-case noun right before a name in apposition ("the watchdog group Nashi Groshi
// (", "the rock band Queen,"): the name is the group's, no person's.
const BODY_NOUN_BEFORE =
  /(?<![\p{L}\p{M}])(?:group|organi[sz]ation|charity|nonprofit|non-profit|NGO|watchdog|band|startup|start-up|firm|company|agency|coalition|association|movement|publisher|label|brand|outlet|newspaper|magazine) $/u;
// What closes an apposition: a bracket, a comma, a sentence's end.
const APPOSITION_ENDS = /^\s*(?:[,;:.!?)(]|[—–-]\s|$)/u;

/**
 * Whether a person is, at one of its mentions, in apposition to a body's lower-case noun ("the
 * Ukrainian anticorruption watchdog group Nashi Groshi (“Our Money”)", "the band Queen,"): the
 * group's name. "the company John Smith founded" goes on with a verb and stays.
 */
export function bodyNounPerson(text: string, inText: readonly Span[]): boolean {
  return inText.some(
    (m) =>
      BODY_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) &&
      APPOSITION_ENDS.test(text.slice(m.end, m.end + 3)),
  );
}

// A lower-case head of an institution named after a person ("John Hopkins hospital system", "the
// Mayo clinic", "the Gates foundation"): the name stands for the institution.
const INSTITUTION_AFTER =
  /^ (?:hospitals?|clinics?|university|college|school|foundation|institute|museum|library|airport|stadium|arena)(?![\p{L}\p{M}])/u;

/** Whether every mention of a person is followed by an institution's lower-case head ("John Hopkins hospital"). */
export function institutionPerson(text: string, inText: readonly Span[]): boolean {
  return everyMention(inText, (m) => INSTITUTION_AFTER.test(text.slice(m.end, m.end + 14)));
}

// A street number after a comma before a name, then a comma ("Department of Economics, 228
// Sirrine Hall, Clemson, SC 29634"): an address's building, no person.
const STREET_NUMBER_BEFORE = /, \d{1,5}[A-Z]? $/u;

/** Whether every mention of a person is a building in an address line (", 228 Sirrine Hall, Clemson"). */
export function addressPerson(text: string, inText: readonly Span[]): boolean {
  return everyMention(
    inText,
    (m) =>
      STREET_NUMBER_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start)) &&
      text.startsWith(', ', m.end),
  );
}

// The last word of an event's name ("Annual International Conference and Exhibition", "the
// Biomedical Engineering Symposium"): a meeting, no body.
// A "Conference" is one only with a word of a meeting's ("Annual", "International"): "the Atlantic
// Coast Conference", "the Southern Christian Leadership Conference" are bodies.
const EVENT_HEAD = /(?:^|\s)(?:Symposium|Workshop|Colloquium|Exhibition|Expo)$/u;
const CONFERENCE_EVENT =
  /^(?=.*(?:^|\s)(?:Annual|Biennial|International|World|Global|\d{4}|\d+(?:st|nd|rd|th))\s).*\sConference$/u;
// An event's name going on before a name: "Conference on Biomedical and " before "Health
// Informatics", "… Health Informatics (" before its acronym "BHI".
const EVENT_BEFORE =
  /(?:Conference|Symposium|Workshop|Colloquium|Congress) on(?: (?:\p{Lu}[\p{L}\p{M}-]*|and|of|the|for|in|&))*(?: |\p{L} \()$/u;

/**
 * Whether a body is an event: its name ends with an event's word ("Annual International
 * Conference and Exhibition"), or each mention is part of an event's name or its acronym right
 * after it ("International Conference on Biomedical and Health Informatics (BHI)").
 */
export function eventName(name: string, text: string, inText: readonly Span[]): boolean {
  if (EVENT_HEAD.test(name) || CONFERENCE_EVENT.test(name)) return true;
  return everyMention(inText, (m) => {
    const [from] = lineBounds(text, m.start, m.end);
    return EVENT_BEFORE.test(text.slice(Math.max(from, m.start - 160), m.start));
  });
}

// What English writes before a law or a rule one obeys ("in accordance with CANSPAM", "to comply
// with GDPR", "in violation of HIPAA"); a body's name there goes on ("comply with the FDA's
// rules") and stays.
const RULE_BEFORE =
  /(?<![\p{L}\p{M}])(?:in accordance with|in compliance with|compl(?:y|ies|ying|iant) with|in violation of|in breach of|violat(?:es|ed|ing)) (?:the )?$/u;
// A law's lower-case head a few words after its name ("the Obamacare health care legislation").
const LAW_AFTER = /^(?:(?: \p{Ll}[\p{Ll}-]*){0,2}) (?:legislation|law)(?![\p{L}\p{M}])/u;

/**
 * Whether a body or a place is a law or a rule: at one mention, after "in accordance with",
 * "comply with", "in violation of" with nothing of its own after ("To be in accordance with
 * CANSPAM, we agree"), or a body before a law's head ("Take the Obamacare health care
 * legislation"); a place makes its laws ("liable under California law") and stays.
 */
export function ruleName(type: string, text: string, inText: readonly Span[]): boolean {
  return inText.some(
    (m) =>
      (RULE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
        /^\s*(?:[,;:.!?)]|$)/u.test(text.slice(m.end, m.end + 2))) ||
      (type === 'ORG' && LAW_AFTER.test(text.slice(m.end, m.end + 40))),
  );
}

// A call to read on elsewhere, closing an article ("Learn more at Emerj.", "Read more on Axios"):
// a site or a publisher, no place.
const READ_MORE_BEFORE = /(?:Learn|Read|Find out|See|Discover) more (?:at|on) $/u;

/** Whether a place is, at one mention, where the reader is sent to read more ("Learn more at Emerj."). */
export function readMoreSite(text: string, inText: readonly Span[]): boolean {
  return inText.some((m) => READ_MORE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)));
}

// What English writes before a language it translates into or from ("The name Magdala means tower
// in Aramaic", "translated from Aramaic", "pronounced as in French"): a language, no place.
const LANGUAGE_BEFORE =
  /(?<![\p{L}\p{M}])(?:means|meaning|meant|translated|translates|pronounced)(?: [\p{Ll}'’-]+){0,3} (?:in|from|into) $/u;

/** Whether a one-word place is, at every mention, a language a word is translated in ("means tower in Aramaic"). */
export function languagePlace(name: string, text: string, inText: readonly Span[]): boolean {
  return (
    !/\s/u.test(name) &&
    everyMention(inText, (m) =>
      LANGUAGE_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)),
    )
  );
}

/**
 * Whether a person's name ends with an initial and a full stop at every mention, the surname
 * before it ("Linderman, George C.; Steinerberger, Stefan"): a reference list's given names, cut
 * from the surname. "Malcolm X" takes no stop.
 */
export function initialEnd(name: string, text: string, inText: readonly Span[]): boolean {
  return (
    /\s\p{Lu}$/u.test(name) &&
    everyMention(
      inText,
      (m) => text[m.end] === '.' && /\p{L}, $/u.test(text.slice(Math.max(0, m.start - 3), m.start)),
    )
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
  if (type === 'PER' && germanTitle(name)) return 'title';
  if (type !== 'PER' && softwareUse(text, inText)) return 'software';
  if (settingsListName(text, inText)) return 'setting';
  if (type === 'ORG' && countedThing(text, inText)) return 'thing';
  if (type !== 'PER' && paragraphLabel(name, text, inText)) return 'label';
  if (type === 'PER' && bodyNounPerson(text, inText)) return 'body';
  if (type === 'PER' && institutionPerson(text, inText)) return 'institution';
  if (type === 'PER' && addressPerson(text, inText)) return 'address';
  if (type === 'ORG' && eventName(name, text, inText)) return 'event';
  if (type !== 'PER' && ruleName(type, text, inText)) return 'rule';
  if (type === 'LOC' && readMoreSite(text, inText)) return 'site';
  if (type === 'LOC' && languagePlace(name, text, inText)) return 'language';
  if (type === 'PER' && initialEnd(name, text, inText)) return 'initials';
  return undefined;
}
