import { describe, expect, it } from 'vitest';
import {
  confidenceEvidence,
  confidenceFeatures,
  confidenceOf,
  FEATURE_NAMES,
  shownFrom,
} from '@/lib/entities/confidence';
import {
  clubWordInName,
  determinerNounDe,
  genitivePersonEndDe,
  germanSportsText,
  inflectedPairDe,
  inPlaceDe,
  landmarkHeadInName,
  notPersonDe,
  placeWordInName,
  timesNounDe,
} from '@/lib/entities/german-evidence';
import { entityIn } from './token-spans';

// A German person of two words the tagger found with an ordinary margin, nothing else known.
const person = {
  known: false,
  words: 2,
  mentions: 1,
  lowerInText: false,
  type: 'PER' as const,
  acronym: false,
  commonNoun: false,
  margin: 20,
  lang: 'de',
};

describe('German confidence evidence', () => {
  it('reads a place word after the first word of a person ("Benfica Lissabon", "Dinamo Tiflis")', () => {
    expect(placeWordInName('Benfica Lissabon')).toBe(true);
    expect(placeWordInName('Dinamo Tiflis')).toBe(true);
    expect(placeWordInName('Rick Carlisle')).toBe(false);
    // A first word that is a place is mostly a given name ("Stanley Kubrick").
    expect(placeWordInName('Stanley Kubrick')).toBe(false);
    // One word is left to the other features.
    expect(placeWordInName('Lissabon')).toBe(false);
    const at = FEATURE_NAMES.indexOf('de_per_place_word');
    expect(confidenceFeatures({ ...person, dePlaceWord: true })[at]).toBe(1);
    expect(confidenceFeatures({ ...person, type: 'ORG', dePlaceWord: true })[at]).toBe(0);
    // A person the KB knows is no club ("Lewis Hamilton").
    expect(confidenceFeatures({ ...person, known: true, dePlaceWord: true })[at]).toBe(0);
    expect(confidenceOf({ ...person, dePlaceWord: true })).toBeLessThan(confidenceOf(person));
  });

  it('reads a landmark head opening or closing a person ("Reindeer Lake", "Komitat Vas")', () => {
    for (const name of ['Reindeer Lake', 'Mount Rainier', 'Powis Castle', 'Komitat Vas']) {
      expect(landmarkHeadInName(name)).toBe(true);
    }
    // Given names and surnames that are such words too ("Martina Hill", "Bridge Markland").
    for (const name of [
      'Lake',
      'Rick Carlisle',
      'Hans Burger',
      'Martina Hill',
      'Bridge Markland',
    ]) {
      expect(landmarkHeadInName(name)).toBe(false);
    }
    const at = FEATURE_NAMES.indexOf('de_per_landmark');
    expect(confidenceFeatures({ ...person, deLandmark: true })[at]).toBe(1);
    expect(confidenceOf({ ...person, deLandmark: true })).toBeLessThan(confidenceOf(person));
  });

  it('reads a German sports report, where a town named without "in" is its club', () => {
    const report =
      'Der Stürmer wechselte zu Leicester City. In der Saison erzielte er zwölf Tore für die Mannschaft, ' +
      'im Halbfinale des Pokals traf er zweimal.';
    const politics = 'Der Minister sprach in Leicester über die Wahl und die Regierung des Landes.';
    expect(germanSportsText(report)).toBe(true);
    expect(germanSportsText(politics)).toBe(false);
    expect(inPlaceDe('Er lebt in X', 11)).toBe(true);
    expect(inPlaceDe('Er wechselte zu X', 16)).toBe(false);
    const [city] = confidenceEvidence([entityIn(report, 'Leicester City', 'LOC')], report, 'de');
    expect(city?.deSports).toBe(true);
    const at = FEATURE_NAMES.indexOf('de_sports_loc');
    expect(confidenceFeatures(city!)[at]).toBe(1);
    expect(confidenceFeatures({ ...city!, deInPlace: 1 })[at]).toBe(0);
    const place = { ...person, type: 'LOC' as const, words: 1 };
    expect(confidenceOf({ ...place, deSports: true })).toBeLessThan(confidenceOf(place));
  });

  it('reads a club word inside a person or a place ("Leicester City", "Çaykur Rizespor")', () => {
    for (const name of ['Leicester City', 'Real Oviedo', 'Dinamo Tiflis', 'Çaykur Rizespor']) {
      expect(clubWordInName(name)).toBe(true);
    }
    for (const name of ['City', 'Rick Carlisle', 'Leicester', 'Magic Johnson']) {
      expect(clubWordInName(name)).toBe(false);
    }
    const at = FEATURE_NAMES.indexOf('de_club_word');
    expect(confidenceFeatures({ ...person, deClubWord: true })[at]).toBe(1);
    expect(confidenceFeatures({ ...person, type: 'ORG', deClubWord: true })[at]).toBe(0);
    // A place the KB knows is no club ("United States of America").
    expect(confidenceFeatures({ ...person, known: true, deClubWord: true })[at]).toBe(0);
    expect(confidenceOf({ ...person, deClubWord: true })).toBeLessThan(confidenceOf(person));
  });

  it('reads a word the text writes after a determiner only a noun takes as a noun, no name', () => {
    // The indefinite article, a possessive, a demonstrative, a quantifier; an inflected adjective between.
    expect(determinerNounDe('Rabatt', 'Sie bekommen so einen Rabatt für die Bestellung.')).toBe(
      true,
    );
    expect(determinerNounDe('Blog', 'Nachdem ich mein Blog vernachlässigt hatte.')).toBe(true);
    expect(determinerNounDe('Ohrring', 'Ihr könnt jeden Ohrring individualisieren.')).toBe(true);
    expect(determinerNounDe('Eier', 'Wie viele Eier legen Hühner?')).toBe(true);
    expect(determinerNounDe('Ozean', 'mit einem eingeschwungenen Ozean starten')).toBe(true);
    expect(determinerNounDe('Ohrring', 'Mein Ohrring ist weg.')).toBe(true);
    // Places and persons are named without one; the definite article proves nothing ("die Schweiz").
    expect(determinerNounDe('Schweiz', 'Er zog in die Schweiz und nach Bern.')).toBe(false);
    expect(determinerNounDe('Hamburg', 'In Hamburg isst man einen Hamburger.')).toBe(false);
    expect(determinerNounDe('Berlin', 'Ein Berlin-Besuch lohnt sich.')).toBe(false);
    // A pronoun opening a sentence, then a verb: no determiner of the name ("Dieser hatte Eminem").
    expect(determinerNounDe('Eminem', 'Dieser hatte Eminem zunächst die Treue gehalten.')).toBe(
      false,
    );
    // de48: an adjective in the dative's strong "-em", no article: only a common noun follows.
    const hunger = 'Viele Menschen leiden unter chronischem Hunger.';
    expect(determinerNounDe('Hunger', hunger)).toBe(true);
    expect(determinerNounDe('Hunger', 'Sie sind von akutem Hunger bedroht.')).toBe(true);
    // Not "unter anderem" before a list of names, nor an adverb in "-dem", nor "extrem".
    expect(determinerNounDe('Merkel', 'Es sprachen unter anderem Merkel und Scholz.')).toBe(false);
    expect(determinerNounDe('Merkel', 'Sie lachten, trotzdem Merkel schwieg.')).toBe(false);
    expect(determinerNounDe('Merkel', 'Es war nachdem Merkel ging.')).toBe(false);
    expect(determinerNounDe('Berlin', 'Das ist extrem Berlin.')).toBe(false);
    const [h] = confidenceEvidence([entityIn(hunger, 'Hunger', 'PER')], hunger, 'de');
    expect(confidenceOf({ ...h!, margin: 80 })).toBeLessThan(shownFrom('de'));
  });

  it("tells a person's name that is no one's: English words, a lower-case part (de48)", () => {
    // Also a participle or a superlative of a dictionary word ("Sponsored", "Augmented").
    for (const name of [
      'Big Data',
      'Black Mirror',
      'Social Selling',
      'Sponsored Posts',
      'Augmented Reality',
    ]) {
      expect(notPersonDe(name)).toBe('english');
    }
    for (const name of ['PETA-approved', 'Mastitis-verd']) expect(notPersonDe(name)).toBe('lower');
    for (const name of [
      // A given name, a surname no English word, one word, a particle after a hyphen.
      'Bill Gates',
      'Stanley Kubrick',
      'Harper Lee',
      'Kerstin Grimm',
      'Data',
      'Abd-el-Kader',
      'Naru-chan',
      'Daniela Iraschko-Stolz',
      // Korean and Thai given names are hyphenated in lower case (de-wikineural-val).
      'Lee Chang-dong',
      'Prayut Chan-o-cha',
    ]) {
      expect(notPersonDe(name)).toBeUndefined();
    }
    const text = 'Wir setzen auf Social Selling. Social Selling wirkt.';
    const [e] = confidenceEvidence([entityIn(text, 'Social Selling', 'PER')], text, 'de');
    expect(e?.deNotPerson).toBe('english');
    expect(confidenceOf({ ...e!, margin: 80 })).toBeLessThan(shownFrom('de'));
    // Read as an organisation, or on an English page, no such evidence.
    const [o] = confidenceEvidence([entityIn(text, 'Social Selling', 'ORG')], text, 'de');
    expect(o?.deNotPerson).toBeUndefined();
    const [en] = confidenceEvidence([entityIn(text, 'Social Selling', 'PER')], text, 'en');
    expect(en?.deNotPerson).toBeUndefined();
  });

  it('never shows a one-word name the text writes after such a determiner, unless the KB has it as written', () => {
    const text = 'Ich habe mein Blog lange vernachlässigt. Das Blog ist wieder da.';
    const [blog] = confidenceEvidence([entityIn(text, 'Blog', 'ORG')], text, 'de');
    expect(blog?.determinerNoun).toBe(true);
    expect(confidenceOf({ ...blog!, margin: 60 })).toBeLessThan(shownFrom('de'));
    const pool = 'Wir lagen am Pool. Das Hotel hat einen beheizten Pool.';
    const [p] = confidenceEvidence([entityIn(pool, 'Pool', 'LOC')], pool, 'de');
    expect(p?.determinerNoun).toBe(true);
    // A word the KB matches only by a transliteration key is no name of it ("Rabatt", Rabat):
    // a German noun so matched is not even known (de47, merge-mentions germanNounByKey).
    const rabatt = 'Beim Händler können Sie so einen Rabatt aushandeln.';
    const [r] = confidenceEvidence([entityIn(rabatt, 'Rabatt', 'LOC')], rabatt, 'de');
    expect(r?.known).toBe(false);
    expect(r?.determinerNoun).toBe(true);
    expect(confidenceOf({ ...r!, margin: 60 })).toBeLessThan(shownFrom('de'));
    // Nor a word the KB has only with another language's accent: "Oma" is Portuguese "Omã"
    // (Oman) folded.
    const oma = 'Am Sonntag war ich bei meiner Oma. Meine Oma hat einen Kuchen gebacken.';
    const [o] = confidenceEvidence([entityIn(oma, 'Oma', 'LOC')], oma, 'de');
    expect(o?.known).toBe(true);
    expect(o?.determinerNoun).toBe(true);
    expect(confidenceOf({ ...o!, margin: 60 })).toBeLessThan(shownFrom('de'));
    // The KB's place as written stays with the model ("ein geteiltes Berlin").
    const berlin = 'Er wuchs in Berlin auf, in einem geteilten Berlin.';
    expect(
      confidenceEvidence([entityIn(berlin, 'Berlin', 'LOC')], berlin, 'de')[0]?.determinerNoun,
    ).toBe(false);
    // Other languages: "sein" and "ein" are no determiners there.
    const en = 'He met Sein Lwin in Rangoon.';
    expect(confidenceEvidence([entityIn(en, 'Lwin', 'PER')], en, 'en')[0]?.determinerNoun).toBe(
      false,
    );
  });

  it('reads a one-word place the text also declines as a noun as a noun ("Pflegeheim", "Pflegeheimen")', () => {
    expect(inflectedPairDe('Pflegeheim', 'Patienten im Pflegeheim und in Pflegeheimen.')).toBe(
      true,
    );
    expect(inflectedPairDe('Friede', 'Gnade sei mit euch und Friede. Der Frieden kam.')).toBe(true);
    expect(inflectedPairDe('Garnen', 'Fasern in Garnen. Das Garn ist weich.')).toBe(true);
    // A place's adjective and its genitive are no such forms.
    expect(inflectedPairDe('Hamburg', 'In Hamburg essen Hamburger den Fisch Hamburgs.')).toBe(
      false,
    );
    expect(inflectedPairDe('Garn', 'Ein Garn-Laden.')).toBe(false);
    const text = 'Viele Patienten im Pflegeheim überleben. In Pflegeheimen ist es ruhig.';
    const [heim] = confidenceEvidence([entityIn(text, 'Pflegeheim', 'LOC')], text, 'de');
    expect(heim?.germanNoun).toBe(true);
    expect(confidenceOf({ ...heim!, margin: 60 })).toBeLessThan(shownFrom('de'));
    // A name a German training text reads as a place is left to the model ("die Rheinlande").
    const rhein = 'Im Rheinland, in die Rheinlande.';
    expect(
      confidenceEvidence([entityIn(rhein, 'Rheinland', 'LOC')], rhein, 'de')[0]?.germanNoun,
    ).toBe(false);
  });
});

describe('German persons in the genitive (de40)', () => {
  const at = (text: string, name: string) => {
    const i = text.lastIndexOf(name);
    return genitivePersonEndDe(text, i, i + name.length);
  };

  it('reads the genitive "-s" off a person the text also names without it', () => {
    expect(
      at(
        'Silvio Berlusconi regierte lange. Silvio Berlusconis Partei verlor.',
        'Silvio Berlusconis',
      ),
    ).toBe(true);
    expect(at('Berlusconi schweigt. Silvio Berlusconis Partei verlor.', 'Silvio Berlusconis')).toBe(
      true,
    );
    expect(at('Xi Jinping reist. Xi Jinpings Politik ist hart.', 'Xi Jinpings')).toBe(true);
  });

  it('leaves names that end in "s" in the nominative', () => {
    expect(at('Thomas spielt. Andreas Thomas kommt.', 'Andreas Thomas')).toBe(false);
    expect(at('Prinz William kam, Serena Williams auch.', 'Serena Williams')).toBe(false);
    expect(at('Carl Lewis lief schnell.', 'Carl Lewis')).toBe(false);
    // Without the bare form in the text nothing tells a genitive.
    expect(at('Angela Merkels Politik.', 'Angela Merkels')).toBe(false);
  });

  it('reads "Male" after a numeral or a quantifier as times, not Malé ("unzählige Male")', () => {
    const at = (text: string): boolean => {
      const i = text.indexOf('Male');
      return timesNounDe(text, i, i + 4);
    };
    expect(at('Schon unzählige Male outete sich Adele als Fan.')).toBe(true);
    expect(at('Der Club begrüßte Elder fünf weitere Male als Spieler.')).toBe(true);
    expect(at('Halten und mehrere Male tief einatmen.')).toBe(true);
    expect(at('Er gewann zum letzten Male.')).toBe(true);
    expect(at('Er gewann 3 Male.')).toBe(true);
    // The capital after a preposition, or opening a sentence.
    expect(at('Die Maschine landete in Male am Morgen.')).toBe(false);
    expect(at('Der Flug über Male dauerte lange.')).toBe(false);
    expect(at('Male ist die Hauptstadt der Malediven.')).toBe(false);
    const text = 'Schon unzählige Male outete sich Adele als Fan.';
    const [male] = confidenceEvidence([entityIn(text, 'Male', 'LOC')], text, 'de');
    expect(male?.timesNoun).toBe(true);
    expect(confidenceOf({ ...male!, known: true, margin: 60 })).toBeLessThan(shownFrom('de'));
    const capital = 'Die Maschine landete in Male am Morgen.';
    expect(
      confidenceEvidence([entityIn(capital, 'Male', 'LOC')], capital, 'de')[0]?.timesNoun,
    ).toBe(false);
  });
});
