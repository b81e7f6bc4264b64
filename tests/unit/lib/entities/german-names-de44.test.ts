import { describe, expect, it } from 'vitest';
import { germanCardNames, germanFirmAfterKind } from '@/lib/entities/german-names';
import type { Entity } from '@/lib/entities/merge-mentions';
import type { EntityType } from '@/lib/entities/tags';

// German real-page names of de44's sample (seed 43) whose card showed a declined or cut name, or
// a firm as a person.

/** A shown entity `name` typed `type` with every mention of it in `text`. */
function shownIn(text: string, name: string, type: EntityType): Entity {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length, text: name });
  }
  return { id: `x:${name}`, type, name, salience: 1, mentions, shown: true, confidence: 0.9 };
}

/** What the card shows for `name` in `text`: [type, name], or null when it is hidden. */
function card(text: string, name: string, type: EntityType): [EntityType, string] | null {
  const [e] = germanCardNames([shownIn(text, name, type)], text);
  return e?.shown ? [e.type, e.name] : null;
}

describe('German cards show a declined body in the nominative (de44)', () => {
  it('names a body the page writes only after an oblique determiner in the nominative', () => {
    expect(
      card(
        'Er ist Mitarbeiter an der Technischen Universität München und lehrt dort Informatik.',
        'Technischen Universität München',
        'ORG',
      ),
    ).toEqual(['ORG', 'Technische Universität München']);
    expect(
      card(
        'Die Kunden der Deutschen Telekom zahlen mehr. Der Vertrag mit der Deutschen Telekom endet.',
        'Deutschen Telekom',
        'ORG',
      ),
    ).toEqual(['ORG', 'Deutsche Telekom']);
    expect(
      card('Der Präsident der Vereinigten Staaten reiste ab.', 'Vereinigten Staaten', 'LOC'),
    ).toEqual(['LOC', 'Vereinigte Staaten']);
  });

  it('leaves a nominative and a dative plural as written', () => {
    // Written alone, "-en" is a nominative (a party, a plural).
    expect(
      card('Die Grünen Jugend tagte. Grünen Jugend fordert mehr.', 'Grünen Jugend', 'ORG'),
    ).toEqual(['ORG', 'Grünen Jugend']);
    expect(
      card(
        'Er verkaufte Motoren an den Niedersächsischen Motorenwerken vorbei.',
        'Niedersächsischen Motorenwerken',
        'ORG',
      ),
    ).toEqual(['ORG', 'Niedersächsischen Motorenwerken']);
    // Persons are never renamed.
    expect(card('Er traf den Jungen Paul.', 'Jungen Paul', 'PER')).toEqual(['PER', 'Jungen Paul']);
  });

  it('shows one card when the nominative is already shown', () => {
    const text = 'Die Deutsche Telekom wächst. Kunden der Deutschen Telekom zahlen mehr.';
    const [a, b] = germanCardNames(
      [shownIn(text, 'Deutsche Telekom', 'ORG'), shownIn(text, 'Deutschen Telekom', 'ORG')],
      text,
    );
    expect(a?.shown).toBe(true);
    expect(b?.shown).toBe(false);
  });
});

describe('German cards name a body written after "der"/"das" as a heading does', () => {
  it("gives a masculine or neuter head's adjectives the ending without an article", () => {
    expect(
      card(
        'Gestern hat der Deutsche Bundestag das Gesetz beschlossen.',
        'Deutsche Bundestag',
        'ORG',
      ),
    ).toEqual(['ORG', 'Deutscher Bundestag']);
    expect(
      card(
        'Das Internationale Olympische Komitee tagt. Dann sprach das Internationale Olympische Komitee.',
        'Internationale Olympische Komitee',
        'ORG',
      ),
    ).toEqual(['ORG', 'Internationales Olympisches Komitee']);
  });

  it('leaves a feminine head, a head of unknown gender and a name written alone as written', () => {
    expect(card('Die Deutsche Telekom wächst.', 'Deutsche Telekom', 'ORG')).toEqual([
      'ORG',
      'Deutsche Telekom',
    ]);
    expect(card('Die Share Party feierte.', 'Share Party', 'ORG')).toEqual(['ORG', 'Share Party']);
    expect(card('Deutsche Bundestag? Nie gehört.', 'Deutsche Bundestag', 'ORG')).toEqual([
      'ORG',
      'Deutsche Bundestag',
    ]);
  });
});

describe('German cards name a body the page writes only in the genitive in the nominative', () => {
  it("drops the head's genitive ending and gives the adjectives the head's gender", () => {
    // "des" declines the noun too: its "-es" or "-s" goes with the adjective's "-en".
    expect(
      card('Die Warnung des Deutschen Wetterdienstes gilt.', 'Deutschen Wetterdienstes', 'ORG'),
    ).toEqual(['ORG', 'Deutscher Wetterdienst']);
    expect(
      card(
        'Laut Zahlen des Deutschen Instituts für Wirtschaftsforschung (DIW) wächst die Branche.',
        'Deutschen Instituts für Wirtschaftsforschung',
        'ORG',
      ),
    ).toEqual(['ORG', 'Deutsches Institut für Wirtschaftsforschung']);
  });

  it('leaves a feminine genitive and a name also written after another determiner', () => {
    expect(card('Der Chef der Deutschen Bahn sprach.', 'Deutschen Bahn', 'ORG')).toEqual([
      'ORG',
      'Deutsche Bahn',
    ]);
    expect(
      card(
        'Die Warnung des Deutschen Wetterdienstes gilt. Deutschen Wetterdienstes Daten fehlen.',
        'Deutschen Wetterdienstes',
        'ORG',
      ),
    ).toEqual(['ORG', 'Deutschen Wetterdienstes']);
  });
});

describe('German cards show a body cut before its "für" whole (de44)', () => {
  it('names the body with its field', () => {
    expect(
      card(
        'Es ist Teil des vom Bundesministerium für Bildung und Forschung finanzierten Zentrums.',
        'Bundesministerium',
        'ORG',
      ),
    ).toEqual(['ORG', 'Bundesministerium für Bildung und Forschung']);
    expect(
      card(
        'Der Fachtag wird vom Bundesministerium für Familie, Senioren, Frauen und Jugend gefördert.',
        'Bundesministerium',
        'ORG',
      ),
    ).toEqual(['ORG', 'Bundesministerium für Familie, Senioren, Frauen und Jugend']);
  });

  it('hides a head two bodies share and leaves a head written alone', () => {
    expect(
      card(
        'Das Bundesministerium für Gesundheit und das Bundesministerium für Finanzen stritten.',
        'Bundesministerium',
        'ORG',
      ),
    ).toBeNull();
    expect(
      card('Das Bundesministerium prüft den Antrag für Familien.', 'Bundesministerium', 'ORG'),
    ).toEqual(['ORG', 'Bundesministerium']);
  });
});

describe('German cards show a numbered road with its number (de44)', () => {
  it('names the road by its kind and number, and hides two roads of one kind', () => {
    expect(
      card(
        'Als wichtigste Verkehrsader durchquert die Bundesstraße 224 das Westviertel.',
        'Bundesstraße',
        'LOC',
      ),
    ).toEqual(['LOC', 'Bundesstraße 224']);
    expect(
      card('Die Europastraße 29 und die Europastraße 42 sind gesperrt.', 'Europastraße', 'LOC'),
    ).toBeNull();
    expect(card('Die Bundesstraße ist gesperrt.', 'Bundesstraße', 'LOC')).toEqual([
      'LOC',
      'Bundesstraße',
    ]);
  });
});

describe('German cards show a firm after its kind as a firm (de44)', () => {
  it('types a "person" after a firm kind, or in the list it opens, as a firm', () => {
    const text =
      'Original-Etiketten der Drucker- bzw. Etiketten-Hersteller Avery Dennison, Herma, CITIZEN ' +
      'und ZEBRA. Munition liefern die Munitionshersteller Nammo Schönebeck, RWS und Ruag Ammotech.';
    expect(card(text, 'Avery Dennison', 'PER')).toEqual(['ORG', 'Avery Dennison']);
    expect(card(text, 'Ruag Ammotech', 'PER')).toEqual(['ORG', 'Ruag Ammotech']);
  });

  it('leaves persons after a person’s role or in a list of persons', () => {
    const text =
      'Minister Hubertus Heil sprach mit Firmenchef Klaus Müller. Laut Jana Berg, Paul Klee und ' +
      'Hubert Reiter war es kalt. Das Unternehmen verliert, sagt Bärbel Bas.';
    expect(germanFirmAfterKind(text, text.indexOf('Klaus Müller'))).toBe(false);
    expect(germanFirmAfterKind(text, text.indexOf('Hubert Reiter'))).toBe(false);
    expect(card(text, 'Bärbel Bas', 'PER')).toEqual(['PER', 'Bärbel Bas']);
  });
});
