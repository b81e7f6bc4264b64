import { describe, expect, it } from 'vitest';
import {
  addressPerson,
  agreementPlace,
  bodyNounPerson,
  capsExclamation,
  countedThing,
  creditInitials,
  englishNotName,
  eventName,
  foodPlace,
  germanTitle,
  gerundOpening,
  givenNamePlace,
  initialEnd,
  institutionPerson,
  languagePlace,
  paragraphLabel,
  readMoreSite,
  repeatedLineLabel,
  ruleName,
  settingLabelCount,
  settingsListName,
  softwareUse,
} from '@/lib/entities/english-evidence';
import { codeLine } from '@/lib/entities/confidence';
import { findEntities } from '@/lib/entities/find-entities';

/** The names a reader sees on an English page of this text. */
function shownNames(text: string, title = ''): string[] {
  return findEntities({ text, title, lang: 'en' })
    .filter((e) => e.shown)
    .map((e) => e.name);
}

/** Every mention of `name` in `text`. */
function spans(text: string, name: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    out.push({ start: at, end: at + name.length });
  }
  return out;
}

describe('English names a reader can trust (en39)', () => {
  it('shows no exclamation written in capitals as a body ("Why the FUCK", "WOW.")', () => {
    const text =
      '“Why the FUCK did you kill me?!” I snapped at the goddess.\n\n“As I said, it was an ' +
      'accident. You don’t expect me to pay attention to every random person, do you?”\n\n' +
      'WOW. I couldn’t believe this. Sure I may not have been important, but still.';
    const shown = shownNames(text);
    expect(shown).not.toContain('FUCK');
    expect(shown).not.toContain('WOW');
    expect(capsExclamation('WOW')).toBe(true);
    // Acronyms of bodies are no exclamations, nor are ordinary capitalised words.
    expect(capsExclamation('NASA')).toBe(false);
    expect(capsExclamation('Wow')).toBe(false);
  });

  it('reads a title opened by a verb’s -ing form as no person ("Hating Millennials")', () => {
    const title = "Hating Millennials - the prejudice you're allowed to boast about";
    const text =
      `${title}\n\nCartoonist Matt Bors got a spot on CNN for his great, scathing critique of ` +
      'the narrative of the lazy, narcissistic "Millennials," which has gone well beyond "get ' +
      'off my lawn" territory and into the realm of out-and-out demographic prejudice. Click ' +
      'through for the whole thing.\n\nThe generation we love to dump on\n\n(via Geeks Are Sexy)';
    const shown = shownNames(text, title);
    expect(shown).not.toContain('Hating Millennials');
    expect(shown).toContain('Matt Bors');
    expect(gerundOpening('Hating Millennials')).toBe(true);
    expect(gerundOpening('Making Sense')).toBe(true);
    // Given names and surnames in -ing are names.
    expect(gerundOpening('Irving Berlin')).toBe(false);
    expect(gerundOpening('Sterling Brown')).toBe(false);
    expect(gerundOpening('Channing Tatum')).toBe(false);
  });

  it('reads a one-word label repeated alone on its lines as no name ("Pin", "Romaji")', () => {
    const text =
      'Why do my bougainvilleas lose their leaves? Cindy, Charleston, SC\n\nPin\n\nAnswer: the ' +
      'plant drops its leaves when the nights turn cold.\n\nHow often should I water it? Mark, ' +
      'Tampa, FL\n\nPin\n\nAnswer: let the soil dry out between waterings.';
    expect(shownNames(text)).not.toContain('Pin');
    expect(
      repeatedLineLabel(
        'Pin',
        text,
        spans(text, '\n\nPin').map(({ start, end }) => ({ start: start + 2, end })),
      ),
    ).toBe(true);
    // Once alone on a line and once in a sentence: a name the page speaks of.
    const named = 'Romaji\n\nThe Romaji spelling follows Hepburn.';
    expect(repeatedLineLabel('Romaji', named, spans(named, 'Romaji'))).toBe(false);
    // A given name alone on its lines is a person listed, no label.
    const listed = 'Anna\n\nnotes\n\nAnna\n';
    expect(repeatedLineLabel('Anna', listed, spans(listed, 'Anna'))).toBe(false);
  });

  it('reads a reporter’s initials closing a report as no body ("… the tournament. (NM)")', () => {
    const text =
      'Head coach Russell Latapy’s men have just over a month to prepare for the crucial ' +
      'fixtures, but the absence of local competition is a hindrance to the team’s chances of ' +
      'playing well in the tournament. (NM)';
    const shown = shownNames(text);
    expect(shown).not.toContain('NM');
    expect(shown).toContain('Russell Latapy');
    expect(creditInitials('NM', text, spans(text, 'NM'))).toBe(true);
    // An acronym in brackets after its body's name is the body's.
    const body = 'The Ministry of Education (MOE) said the schools were safe.';
    expect(creditInitials('MOE', body, spans(body, 'MOE'))).toBe(false);
  });

  it('reads initials before "Jr" cut from their surname as no person ("King JC Jr")', () => {
    const text =
      '9. Monto AS , Davenport FM , Napier JA , et al. Modification of an outbreak of influenza ' +
      'in Tecumseh, Michigan by vaccination of schoolchildren. J Infect Dis. 1970;122:16-25.\n\n' +
      '10. King JC Jr , Stoddard JJ , Gaglani MJ , et al. Effectiveness of school-based influenza ' +
      'vaccination. N Engl J Med. 2006;355:2523-32.';
    const shown = shownNames(text);
    expect(shown).not.toContain('JC Jr');
    expect(shown).toContain('Stoddard JJ');
    expect(englishNotName('JC Jr', 'PER', text, spans(text, 'JC Jr'))).toBe('initials');
    expect(englishNotName('Ronald S. Sullivan Jr', 'PER', '', [])).toBeUndefined();
  });

  it('reads a place before an agreement’s lower-case head as the agreement ("Kyoto protocol")', () => {
    const text =
      'Attempts to lower emissions by non-binding agreements such as the Kyoto protocol have ' +
      'led to very poor results.';
    expect(shownNames(text)).not.toContain('Kyoto');
    expect(agreementPlace(text, spans(text, 'Kyoto'))).toBe(true);
    // The city itself, and a place before a capitalised "Agreement", stay places.
    const city = 'The delegates met in Kyoto in December.';
    expect(agreementPlace(city, spans(city, 'Kyoto'))).toBe(false);
    expect(englishNotName('Kyoto', 'LOC', city, spans(city, 'Kyoto'), true)).toBeUndefined();
  });

  it('reads a place before a food’s lower-case head as the food ("Brussels sprouts")', () => {
    const text =
      'While you might not enjoy eating kale salad or Brussels sprouts, for example, making sure ' +
      'that you eat a variety of vegetables matters, says registered dietitian Amanda Miller.';
    const shown = shownNames(text);
    expect(shown).not.toContain('Brussels');
    expect(foodPlace(text, spans(text, 'Brussels'))).toBe(true);
    const city = 'The summit in Brussels ended without a deal.';
    expect(foodPlace(city, spans(city, 'Brussels'))).toBe(false);
  });

  it('reads a given name the training text never reads as a place as no place ("Ashlee’s")', () => {
    const text =
      'Move the crib away from the window to give the room an open concept feel, making it a ' +
      'more usable space. Ashlee’s dresser and changing station in the corner hold everything ' +
      'within reach.';
    expect(shownNames(text)).not.toContain('Ashlee');
    expect(givenNamePlace('Ashlee')).toBe(true);
    expect(givenNamePlace('Boston')).toBe(false);
    expect(givenNamePlace('Santa Cruz')).toBe(false);
  });

  it('counts Python imports and definitions as lines of code (a short page about Python)', () => {
    const text =
      'Interning of Small Integers in Python\n\nCan’t help sharing this lovely example, ' +
      'illustrating the way Python interns small integers.\n\nimport ctypes\ndef deref(addr, ' +
      'type_):\nreturn ctypes.cast(addr, ctypes.POINTER(type_))\n\nderef(id(29), ' +
      'ctypes.c_int)[4] = 100\n\nNote that depending on the version of Python the value may ' +
      'be stored at either offset.';
    expect(shownNames(text, 'Interning of Small Integers in Python')).not.toContain('Python');
    const line = (s: string): boolean => codeLine(s, 0, 0);
    expect(line('import ctypes')).toBe(true);
    expect(line('from os import path')).toBe(true);
    expect(line('def deref(addr, type_):')).toBe(true);
    // Prose that opens with the same words is no code.
    expect(line('import duties on steel rose again')).toBe(false);
    expect(line('Return to the main page')).toBe(false);
  });
});

describe('English products, works and settings a reader sees as no body (en40)', () => {
  const settings =
    'AUDIO\n\nOption\n\nValue\n\nMenu Music Volume\n\nAdjust the music volume level in menus.\n\n' +
    '0-10\n\nVOLTA Trax Across All Menus\n\nWith this setting tuned on, VOLTA Trax will play in ' +
    'all game modes.\n\nOn\n\nOff\n\nEA Sports Across All Menus\n\nWith this setting tuned on, ' +
    'EA Sports Trax will be enabled within VOLTA.\n\nOn\n\nOff\n\nVolta Football Audio\n\n' +
    'Gameplay Music Volume\n\nAdjust the volume level of the music in VOLTA FOOTBALL gameplay.' +
    '\n\n0-10\n\nVISUAL\n\nHUD\n\nSelect whether you want the player name bar or the indicator ' +
    'during a match.\n\nPlayer Name Bar\n\nIf you have the HUD option set to indicator, you ' +
    'can show the number.\n\nBall\n\nDetermine which match ball will be used.\n\nDefault\n\n' +
    'EA Sports balls';

  it('shows no option or feature of a settings list as a body ("HUD", "VOLTA FOOTBALL")', () => {
    const shown = shownNames(settings);
    for (const name of ['HUD', 'VOLTA FOOTBALL', 'Volta Football Audio', 'EA Sports Trax']) {
      expect(shown).not.toContain(name);
    }
    expect(settingLabelCount(settings)).toBeGreaterThanOrEqual(4);
    expect(settingsListName(settings, spans(settings, 'HUD'))).toBe(true);
    expect(settingsListName(settings, spans(settings, 'VOLTA FOOTBALL'))).toBe(true);
    // The maker named in a value and in a label with more words is not an option of its own.
    const maker = spans(settings, 'EA Sports').filter((m) => !settings.startsWith(' Trax', m.end));
    expect(maker.length).toBe(2);
    expect(settingsListName(settings, maker)).toBe(false);
    // An article with one option's label is no settings list.
    const article =
      'Adjacent to the park, the Riverside Trust runs a shelter.\n\nRiverside Trust\n\n' +
      'Select whether you want to donate monthly.';
    expect(settingsListName(article, spans(article, 'Riverside Trust'))).toBe(false);
  });

  it('reads a name English speaks of as software as no body ("WordPress", "AMP")', () => {
    const text =
      'Having more women speakers at WordCamps means a more diverse community contributing to ' +
      'WordPress. The mission of WordPress is to democratize publishing. Volunteers all over the ' +
      'world contribute to the WordPress open source project. But the people who work on ' +
      'WordPress aren’t always representative of all the people who use WordPress. The majority ' +
      'of WordPress core developers are young men, says Jill Binder of Automattic.';
    const shown = shownNames(text);
    expect(shown).not.toContain('WordPress');
    expect(shown).toContain('Jill Binder');
    const amp =
      'We chose Next.js 9.1 because of its built-in AMP integration. AMP had come a long way ' +
      'since our AMP beta debuted, and building with AMP is fast.';
    expect(softwareUse(amp, spans(amp, 'AMP'))).toBe(true);
    // A firm with an app and users, or a body issuing a release, is still a body.
    const firm =
      'FoodCorp tracks your location. The FoodCorp app sends it to FoodCorp, and FoodCorp users ' +
      'agree to it. FoodCorp said so in a FoodCorp release.';
    expect(softwareUse(firm, spans(firm, 'FoodCorp'))).toBe(false);
  });

  it('reads a German article or possessive opening a "person" as a work’s title ("Mein Kampf")', () => {
    const text =
      'And his jail stint gave him the opportunity to dictate Mein Kampf to a loyal flunkie. As ' +
      'Hitler rose to absolute power, Adolf Hitler needed no more books. Like Mein Kampf, it ' +
      'gave a regional megalomaniac a much bigger stage.';
    expect(shownNames(text)).not.toContain('Mein Kampf');
    expect(germanTitle('Mein Kampf')).toBe(true);
    expect(germanTitle('Das Kapital')).toBe(true);
    // Given names that look like German words open persons.
    expect(germanTitle('Des O’Connor')).toBe(false);
    expect(germanTitle('Dennis Die')).toBe(false);
    expect(germanTitle('Mein')).toBe(false);
  });

  it('reads a body counted as a thing as no body ("comes a new Rocket Pass.")', () => {
    const text =
      'Rocket League is gearing up for a new season and with that comes a new Rocket Pass. It’s ' +
      'basically like any other battle pass. Rocket Pass 4 will begin at 10:00 a.m. PDT.';
    expect(countedThing(text, spans(text, 'Rocket Pass'))).toBe(true);
    // A body before the noun it modifies stays a body.
    const spokesman = 'A Pfizer spokesman said a Reuters reporter had asked.';
    expect(countedThing(spokesman, spans(spokesman, 'Pfizer'))).toBe(false);
    expect(countedThing(spokesman, spans(spokesman, 'Reuters'))).toBe(false);
  });

  it('reads a paper’s note labels as no body ("Reproducible Research Statement:")', () => {
    const text =
      'Disclosures: Authors have disclosed no conflicts of interest.\n\nGrant Support: None.\n\n' +
      'Reproducible Research Statement: Study protocol: Not available. Statistical code: ' +
      'Available from Dr. Sheetz.\n\nCorresponding Author: Kyle H. Sheetz, University of Michigan.';
    const at = spans(text, 'Reproducible Research Statement');
    expect(paragraphLabel('Reproducible Research Statement', text, at)).toBe(true);
    expect(shownNames(text)).not.toContain('Reproducible Research Statement');
    // A body's name holds a word no dictionary writes in lower case; a page with one label is no list.
    const body = 'Acme Corp: a firm.\n\nGrant Support: None.\n\nDisclosures: None.';
    expect(paragraphLabel('Acme Corp', body, spans(body, 'Acme Corp'))).toBe(false);
    const once = 'Research Statement: none given.\n\nThe trial ran for a year.';
    expect(paragraphLabel('Research Statement', once, spans(once, 'Research Statement'))).toBe(
      false,
    );
  });
});

describe('English bodies, buildings, events and laws a reader sees as no person or place (en41)', () => {
  it('reads a person in apposition to a body’s noun as the body ("the watchdog group Nashi Groshi (")', () => {
    const text =
      'Thanks to painstaking work by the Ukrainian anticorruption watchdog group Nashi Groshi ' +
      '(“Our Money”), we can watch the money move. “It was a violation of currency legislation ' +
      'in general,” explained Lesya Ivanovna, an investigator with Nashi Groshi in a documentary.';
    const shown = shownNames(text);
    expect(shown).not.toContain('Nashi Groshi');
    expect(shown).toContain('Lesya Ivanovna');
    expect(bodyNounPerson(text, spans(text, 'Nashi Groshi'))).toBe(true);
    // The founder a company is named for, going on with a verb, is a person.
    const founder = 'She joined the company John Smith founded in 1990, and John Smith hired her.';
    expect(bodyNounPerson(founder, spans(founder, 'John Smith'))).toBe(false);
  });

  it('reads a person before an institution’s lower-case head as the institution ("John Hopkins hospital")', () => {
    const text =
      'Predictive analytics is also being used to monitor patient flow. John Hopkins hospital ' +
      'system in the U.S., for example, recently launched a command center.';
    expect(shownNames(text)).not.toContain('John Hopkins');
    expect(institutionPerson(text, spans(text, 'John Hopkins'))).toBe(true);
    const person = 'John Hopkins said the hospital was full.';
    expect(institutionPerson(person, spans(person, 'John Hopkins'))).toBe(false);
  });

  it('reads a building in an address line as no person ("228 Sirrine Hall, Clemson")', () => {
    const text =
      'Current Author Addresses: Drs. Dobkin and Gorry: John E. Walker Department of Economics, ' +
      '228 Sirrine Hall, Clemson, SC 29634.\n\nAuthor Contributions: Conception and design.';
    expect(shownNames(text)).not.toContain('Sirrine Hall');
    expect(addressPerson(text, spans(text, 'Sirrine Hall'))).toBe(true);
    // A year before a person is no street number.
    const year = 'In 2019, 12 Anna Berg, Oslo was no address, but Anna Berg is a person.';
    expect(addressPerson(year, spans(year, 'Anna Berg'))).toBe(false);
  });

  it('reads an event’s name and its parts as no body ("Conference on … Health Informatics (BHI)")', () => {
    const text =
      'Pezzotti, Nicola (2016). "Hierarchical stochastic neighbor embedding". IEEE-EMBS ' +
      'International Conference on Biomedical and Health Informatics (BHI). pp. 595–598.\n\n' +
      'The minister spoke at the World Free Zones Organization (WFZO) Annual International ' +
      'Conference and Exhibition (AICE) 2022. The Annual International Conference and ' +
      'Exhibition drew delegates from 40 countries.';
    const shown = shownNames(text);
    expect(shown).not.toContain('Health Informatics');
    expect(shown).not.toContain('BHI');
    expect(shown).not.toContain('Annual International Conference and Exhibition');
    expect(eventName('BHI', text, spans(text, 'BHI'))).toBe(true);
    // A league or a body called a conference is a body.
    const league = 'The Atlantic Coast Conference fined Duke.';
    expect(eventName('Atlantic Coast Conference', league, spans(league, 'Atlantic'))).toBe(false);
  });

  it('reads a law one obeys or a law’s name as no body ("in accordance with CANSPAM", "Obamacare")', () => {
    const privacy =
      'To be in accordance with CANSPAM, we agree to the following:\n• Not use false or ' +
      'misleading subjects or email addresses.';
    expect(shownNames(privacy)).not.toContain('CANSPAM');
    const law =
      'Take the Obamacare health care legislation. Democrats had wanted to pass a national ' +
      'health insurance. Obamacare was built on a market-based model.';
    expect(ruleName('ORG', law, spans(law, 'Obamacare'))).toBe(true);
    // A place makes its laws.
    const state = 'Amazon is liable under California law, so California courts may hear it.';
    expect(ruleName('LOC', state, spans(state, 'California'))).toBe(false);
    // A body whose rules one obeys goes on with them.
    const body = 'Firms must comply with the FDA’s rules, the FDA said.';
    expect(ruleName('ORG', body, spans(body, 'FDA'))).toBe(false);
  });

  it('reads where the reader is sent to read more as no place ("Learn more at Emerj.")', () => {
    const text =
      'Hospitals are poised to save millions annually by taking advantage of AI.\n\nLearn more ' +
      'at Emerj.';
    expect(shownNames(text)).not.toContain('Emerj');
    expect(readMoreSite(text, spans(text, 'Emerj'))).toBe(true);
    const place = 'We met at Emerj and walked to the river.';
    expect(readMoreSite(place, spans(place, 'Emerj'))).toBe(false);
  });

  it('reads a language a word is translated in as no place ("means tower in Aramaic")', () => {
    const text =
      'Mary Magdalene is named after Magdala, a fishing village on the Sea of Galilee. The ' +
      'name Magdala, in turn, means tower in Aramaic. So here we have a word coined after a ' +
      'person named after a place.';
    expect(shownNames(text)).not.toContain('Aramaic');
    expect(languagePlace('Aramaic', text, spans(text, 'Aramaic'))).toBe(true);
    const place = 'The ship was built in Glasgow and it means a lot in Glasgow.';
    expect(languagePlace('Glasgow', place, spans(place, 'Glasgow'))).toBe(false);
  });

  it('reads a given name and initial cut from a reference’s surname as no person ("Linderman, George C.;")', () => {
    const text =
      'Linderman, George C.; Steinerberger, Stefan (2017-06-08). "Clustering with t-SNE, ' +
      'provably". arXiv:1706.02582.';
    expect(shownNames(text)).not.toContain('George C');
    expect(initialEnd('George C', text, spans(text, 'George C'))).toBe(true);
    const named = 'Malcolm X spoke in Harlem.';
    expect(initialEnd('Malcolm X', named, spans(named, 'Malcolm X'))).toBe(false);
  });
});
