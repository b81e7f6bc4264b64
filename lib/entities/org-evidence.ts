/**
 * Evidence about one-word names the KB does not know, mostly read as organisations (confidence.ts):
 * forms that tell a table's row label, a common word written in capitals or a club named by an
 * ordinary word from a firm's or a body's name.
 */

// What may stand between a row label and its number: blanks, "#", ":", ".", "-", "No.".
const NUMBER_AFTER = /^[ \t\u00a0]*(?:#|No\.?|[:.\-–])?[ \t\u00a0]*\d/u;

/** Whether `at` opens its line (or the text): only blanks between it and the line's start. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}

/**
 * A word that opens three lines or more, each time followed by a number ("Milepost 2.0 :",
 * "Milepost 4.4 :", "Step 3", "Exit 12"): a table's or a list's row label, no name. A team in
 * a results table opens its line once or twice ("Bath 31 Wasps 13"); a label repeats on every row.
 */
export function rowLabel(
  text: string,
  mentions: readonly { start: number; end: number }[],
): boolean {
  return (
    mentions.length >= 3 &&
    mentions.every(
      (m) => opensLine(text, m.start) && NUMBER_AFTER.test(text.slice(m.end, m.end + 8)),
    )
  );
}

const CAPS_3 = /^\p{Lu}{3,}$/u;

/**
 * A word of letters only, all capitals, three or more ("STREAM", "OPTIONAL", "SCADA"): an
 * acronym or a word written in capitals. Which one the text tells (capsWordLower).
 */
export function capsWord(name: string): boolean {
  return CAPS_3.test(name);
}

// English words of sports reports, lower case: scores, competitions, posts, the sports
// themselves. Only words that news on other subjects seldom writes: not "match", "cup", "team",
// "season", "win", "coach" (a bus), "final", "score".
const SPORTS_WORDS_EN = new Set(
  (
    'goal goals goalkeeper striker strikers midfielder midfielders defender defenders referee ' +
    'penalty penalties stadium league tournament championship semifinal semi-final semifinals ' +
    'semi-finals quarterfinal quarter-final quarter-finals playoff playoffs play-off play-offs ' +
    'touchdown touchdowns innings wicket wickets batsman batsmen bowler bowlers pitcher inning ' +
    'homer rugby soccer cricket baseball basketball hockey halftime half-time equaliser ' +
    'equalizer hat-trick relegation promoted unbeaten'
  ).split(' '),
);
// A lower-case word as reportsSport counts them, and what a word is made of (a sports word found
// by search with one of these beside it is part of a longer word).
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}-]*/gu;
const WORD_CHAR = /[\p{L}\p{M}-]/u;
/** Sports words among the lower-case words from which a text reports sport (2 at least). */
const SPORTS_SHARE = 0.005;

/**
 * Whether a text reports sport: two of `sportsWords` or more, making at least 1 in 200 of its
 * lower-case words. Serves englishSportsText and confidence.ts sportsText (es, fr, …).
 */
export function reportsSport(text: string, sportsWords: Iterable<string>): boolean {
  // The sports words first (a native search each): most texts have fewer than two, and end here.
  let hits = 0;
  for (const w of sportsWords) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) {
      if (!WORD_CHAR.test(text[i - 1] ?? ' ') && !WORD_CHAR.test(text[i + w.length] ?? ' ')) {
        hits++;
      }
    }
  }
  if (hits < 2) return false;
  return hits >= (text.match(LOWER_WORD)?.length ?? 0) * SPORTS_SHARE;
}

/**
 * English: whether a text reports sport (reportsSport over SPORTS_WORDS_EN). There a club may be
 * named by an ordinary word ("Eagles", "Wasps", "Bath"), which elsewhere is no name.
 */
export function englishSportsText(text: string): boolean {
  return reportsSport(text, SPORTS_WORDS_EN);
}

// The planets' names: Earth is no one's name; the others are also gods, firms and a singer's
// ("Mars", "Mercury"), read so only outside a text on space.
const PLANETS = new Set('Earth Mars Venus Jupiter Saturn Uranus Neptune Pluto Mercury'.split(' '));
const SPACE_WORD =
  /(?<![\p{L}\p{M}])(?:planet|planets|orbit|orbits|orbiting|solar|spacecraft|astronauts?|telescope|asteroids?|moons?|rover)(?![\p{L}\p{M}])/u;

/**
 * A planet read as an organisation or a person ("around the Earth", "grown from Earth", "the
 * rover on Mars" beside "planet", "orbit"): the planet, no body or person. Earth anywhere; the
 * other planets in a text on space only (SPACE_WORD).
 */
export function planetNotName(name: string, type: string, text: string): boolean {
  if (type === 'LOC' || !PLANETS.has(name)) return false;
  return name === 'Earth' || SPACE_WORD.test(text);
}

const CAPS_4 = /^\p{Lu}{4,}$/u;
const NAME_OR_INITIAL = /^\p{Lu}(?:\p{Ll}+|\.)$/u;

/**
 * A person's name of given names in Title Case and a surname of four capitals or more ("John
 * Paul STEVENS", "Anne M. DUPONT"): a text that writes surnames so (court opinions, programmes,
 * lists of authors). Not three ("Salesforce CEO", "Apple CFO": a title run into a name).
 */
export function capsSurnameName(name: string): boolean {
  const words = name.split(/\s+/u);
  const last = words[words.length - 1] as string;
  return (
    words.length >= 2 &&
    CAPS_4.test(last) &&
    words.slice(0, -1).every((w) => NAME_OR_INITIAL.test(w))
  );
}

/**
 * A word of four capitals or more that may be a surname in a text that writes surnames in
 * capitals (capsSurnameName): "SCALIA", "GINSBURG" beside "John Paul STEVENS". Read as an
 * organisation, it is mostly the person of a list ("in which SCALIA and THOMAS joined").
 */
export function capsSurnameWord(name: string, personNames: readonly string[]): boolean {
  return CAPS_4.test(name) && personNames.some(capsSurnameName);
}

// Words of sports reports, as written in lower case (accents kept), per language: scores,
// competitions, players' and officials' posts, the sports themselves. Only words that news on
// other subjects seldom writes: not "partido", "victoria", "defensa", "equipo", "final", "but",
// "match", "équipe" (a party, an election's victory, a government's team, an aim).
// German is left out here: its nouns are capitalised and its sports words sit inside compounds,
// so it has its own test (german-evidence.ts, germanSportsText), which feeds de_sports_loc only.
// English too: its dev set (CoNLL-2003) marks a national team a place, so its weight would learn
// to show such places more, and it gained nothing there.
const SPORTS_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    es:
      'gol goles goleada goleador futbolista futbolistas delantero delanteros centrocampista ' +
      'portero guardameta entrenador árbitro penalti córner estadio liga torneo campeonato jornada ' +
      'semifinal semifinales fútbol baloncesto balonmano tenis ciclismo ciclista empate empató ' +
      'marcador',
    fr:
      'championnat tournoi attaquant entraîneur arbitre stade demi-finale demi-finales football ' +
      'rugby tennis cyclisme coureur peloton buteur',
  }).map(([l, words]) => [l, new Set(words.split(' '))]),
);

// French words of reports on team sports with goals (football, rugby, hockey, handball), lower
// case: there a town is its club. Not cycling's or athletics' words, whose reports name the
// towns of a stage or the countries of the riders ("Moser (Italie)", "la route de Brest"); nor
// words other news writes too: "gardien", "défenseur", "essai" (a 1900s paper's military news),
// "mi-temps" (part-time work).
const GOAL_SPORTS_WORDS_FR = new Set(
  (
    'buteur buteurs attaquant attaquants footballeur footballeurs coup-franc coups-francs ' +
    'penalty penaltys penalties corner corners hors-jeu'
  ).split(' '),
);

/** French: whether a text reports a team sport with goals (GOAL_SPORTS_WORDS_FR, reportsSport). */
export function goalSportsText(text: string): boolean {
  return reportsSport(text, GOAL_SPORTS_WORDS_FR);
}

/**
 * Whether a text reports sport: two sports words or more (SPORTS_WORDS), making at least 1 in
 * 200 of its lower-case words (org-evidence.ts reportsSport). A town or a country is there mostly
 * a team.
 */
export function sportsText(text: string, lang: string): boolean {
  const words = SPORTS_WORDS[lang.slice(0, 2)];
  return !!words && reportsSport(text, words);
}

// A line of a table's figures: digits with their separators, a sign, a percent or a star.
const FIGURES_LINE = /^[ \t\u00a0]*[-+]?\d[\d.,%* \t\u00a0]*$/u;
// A lower-case word of four letters or more: an ordinary phrase's, no particle ("de", "van").
const LOWER_WORD_4 = /(?<![\p{L}\p{M}])\p{Ll}{4,}(?![\p{L}\p{M}])/u;

/** The nearest line that is not blank before the line at `at` (-1) or after it (1), trimmed. */
function nearestLine(text: string, at: number, step: -1 | 1): string {
  let i = step < 0 ? text.lastIndexOf('\n', at - 1) : text.indexOf('\n', at);
  if (i < 0) return '';
  while (i >= 0 && i < text.length && /\s/u.test(text[i] as string)) i += step;
  if (i < 0 || i >= text.length) return '';
  const start = text.lastIndexOf('\n', i) + 1;
  const end = text.indexOf('\n', i);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

/**
 * A name with a lower-case word of four letters or more ("Economie publique", "Organisation
 * industrielle"), every mention of which is a line of its own between two lines of figures: a
 * flattened table's row label, a field or a category, no name. A player or a club in a results
 * table has no such word, and the KB's names keep theirs.
 */
export function tableCellLabel(
  name: string,
  text: string,
  mentions: readonly { start: number; end: number }[],
): boolean {
  return (
    LOWER_WORD_4.test(name) &&
    mentions.length > 0 &&
    mentions.every(
      (m) =>
        opensLine(text, m.start) &&
        /^[ \t\u00a0]*(?:\n|$)/u.test(text.slice(m.end, m.end + 4)) &&
        FIGURES_LINE.test(nearestLine(text, m.start, -1)) &&
        FIGURES_LINE.test(nearestLine(text, m.end, 1)),
    )
  );
}

// What French adds to a surname to coin a word for a following, a doctrine or a camp:
// "Macron|ie", "Sarkozy|sme", "Gaull|iste", "Macron|istes". After the whole surname or after it
// less its last letter ("de Gaulle": "gaulliste").
const COINAGE_ENDINGS_FR = /^(?:ie|isme|ismes|iste|istes|sme|ste|stes)$/u;

/**
 * French: a one-word name made of a surname the article names a person by and a coining ending
 * ("la Macronie" beside "Emmanuel Macron", "le Sarkozysme" beside "Nicolas Sarkozy"): the
 * person's camp or doctrine, no place nor body. Folded names (foldName) in and out.
 */
export function coinedFromPerson(folded: string, personSurnames: readonly string[]): boolean {
  return personSurnames.some(
    (s) =>
      s.length >= 4 &&
      ((folded.startsWith(s) && COINAGE_ENDINGS_FR.test(folded.slice(s.length))) ||
        (folded.startsWith(s.slice(0, -1)) && COINAGE_ENDINGS_FR.test(folded.slice(s.length - 1)))),
  );
}
