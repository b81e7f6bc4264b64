import { describe, expect, it } from 'vitest';
import {
  germanCapsSurname,
  germanDativeAdjectiveFirst,
  germanDativePlural,
  germanEnglishTerm,
  germanGospelCited,
  germanInclusiveAcronym,
  germanNounListItem,
  germanNounOfPlace,
  germanNounsOnly,
  germanPossessiveThenNoun,
  germanVesselName,
} from '@/lib/entities/confidence';
import { trimPersonTitles } from '@/lib/entities/find-mentions';
import { tokenize } from '@/lib/entities/tokenize';
import { germanVeto } from './german-veto';

// German real-page names of de42's sample (seed 42) that German's word forms, the page's
// structure or the words around them tell as no one's.
const { hidden, kept } = germanVeto('germanNotName');

describe('German names that German word forms tell as none (de42)', () => {
  it('never shows a recipe line or alternatives of common nouns as a person or a body', () => {
    hidden(
      '4 Esslöffel Milch ½ Teelöffel Vanillezucker Zubereitung Als erstes das Mehl sieben.',
      'Teelöffel Vanillezucker',
      'PER',
    );
    hidden(
      'Welches Material brauchen wir? Skalpell/Teppichbodenmesser (letzteres ist nicht ideal)',
      'Skalpell/Teppichbodenmesser',
      'ORG',
    );
    // A surname that is a noun after a short given name the lists lack stays a person's.
    kept('Maxi Taucher ist in der Weltspitze der Junioren angekommen.', 'Maxi Taucher', 'PER');
    expect(germanNounsOnly('Hubertus Heil', 'PER')).toBe(false);
    // A body may be named by two nouns.
    expect(germanNounsOnly('Stiftung Warentest', 'ORG')).toBe(false);
  });

  it('never shows a noun and a country in the genitive as a body ("Netzwerk Chinas")', () => {
    hidden(
      'Sie wollen das größte private medizinische Netzwerk Chinas werden, das Dienste bietet.',
      'Netzwerk Chinas',
      'ORG',
    );
    expect(germanNounOfPlace('Hauptstadt Frankreichs')).toBe(true);
    // A place's or a body's own name is no noun phrase.
    expect(germanNounOfPlace('Bad Homburg')).toBe(false);
    expect(germanNounOfPlace('Thomas Mann')).toBe(false);
    // An English plural is no genitive ("Provinz Dinagat Islands").
    expect(germanNounOfPlace('Dinagat Islands')).toBe(false);
  });

  it('never shows an English term German borrowed as a body ("Political Correctness")', () => {
    hidden(
      'Das war verbunden mit einer Kritik an der sogenannten „Political Correctness“ (oder Varianten davon).',
      'Political Correctness',
      'ORG',
    );
    hidden(
      'Auch im Bildungskontext werden durch „Learning Analytics“ Lernwege berechnet.',
      'Learning Analytics',
      'ORG',
    );
    // An English body's or place's head keeps the name.
    expect(germanEnglishTerm('Rice University')).toBe(false);
    expect(germanEnglishTerm('Human Rights Watch')).toBe(false);
    expect(germanEnglishTerm('Mountain View')).toBe(false);
    // English names of ordinary words, as German Wikipedia writes them, stay.
    for (const name of ['Great Plains', 'Electronic Arts', 'The Offspring', 'Lake Placid']) {
      expect(germanEnglishTerm(name)).toBe(false);
    }
  });

  it('never shows a ship, named after a person or a place, as a person or a body', () => {
    const emden =
      'Im Hafen liegen das Feuerschiff Amrumbank, der Seenotrettungskreuzer Georg Breusing und der Heringslogger Stadt Emden.';
    hidden(emden, 'Georg Breusing', 'PER');
    hidden(emden, 'Feuerschiff Amrumbank', 'ORG');
    const quoted = 'Der Seenot-Rettungskreuzer „ Georg Breusing “ war von 1963 an im Einsatz.';
    expect(germanVesselName('Georg Breusing', quoted, quoted.indexOf('Georg'))).toBe(true);
    // A person after a noun of another kind stays ("Der Blogger Perez Hilton").
    const blogger = 'Der Blogger Perez Hilton schrieb darüber.';
    expect(germanVesselName('Perez Hilton', blogger, blogger.indexOf('Perez'))).toBe(false);
    const kern = 'Am Abend sprach Feuerwehrpräsident Albert Kern.';
    expect(germanVesselName('Albert Kern', kern, kern.indexOf('Albert'))).toBe(false);
  });

  it('never shows a document, or a body declined in the dative, as a name', () => {
    hidden(
      'Es gibt keine spezifische Therapie, siehe auch Merkblatt Chikungunya-Fieber . Schützen Sie sich.',
      'Merkblatt Chikungunya-Fieber',
      'PER',
    );
    hidden(
      'Die Idee geht auf die Präsidenten von Bundesrat, Deutschem Bundestag und Österreichischem Nationalrat zurück.',
      'Österreichischem Nationalrat',
      'ORG',
    );
    expect(germanDativeAdjectiveFirst('Österreichischer Nationalrat')).toBe(false);
    expect(germanDativeAdjectiveFirst('Jerusalem Post')).toBe(false);
  });

  it('never shows a common noun in a list of nouns, or in the dative plural, as a place or a body', () => {
    const list =
      'Die Regel gilt in Freizeiteinrichtungen (Museen, Fitnessstudios, Schwimmbäder, u.a.) und bei Messen.';
    hidden(list, 'Fitnessstudios', 'ORG');
    const towns = 'Wir fuhren nach Bayern, Sachsen und Thüringen.';
    expect(
      germanNounListItem('Sachsen', towns, towns.indexOf('Sachsen'), towns.indexOf(' und')),
    ).toBe(false);
    const holes = 'Die Plünderung des Fonds durch Rajoelinas Kumpels aus Löchern. Das Netz';
    hidden(holes, 'Löchern', 'LOC');
    const bayern = 'Er lebt seit Jahren in Bayern.';
    expect(germanDativePlural('Bayern', bayern, bayern.indexOf('Bayern'))).toBe(false);
  });

  it('never shows a catalogue surname in capitals as a body, nor a gospel cited as a place', () => {
    const catalogue =
      '28 KEY Ellen Vor dunkler Silhouette einer Stadt. 57 TIBELL-LINDE Inga Blick von Steilküste. ' +
      '63 WAGENER Else An Felsquelle. 38 OSSALA Bella Hand mit Falken.';
    const at = catalogue.indexOf('KEY');
    expect(germanCapsSurname('KEY', catalogue, at + 3)).toBe(true);
    hidden(catalogue, 'TIBELL-LINDE', 'ORG');
    // One body's acronym before a person is no catalogue.
    const spd = 'Für die SPD Olaf Scholz, für die Grünen Annalena Baerbock.';
    expect(germanCapsSurname('SPD', spd, spd.indexOf('SPD') + 3)).toBe(false);
    const sermon = 'Es gilt das gesprochene Wort Johannes 14, 27 Gnade sei mit euch.';
    hidden(sermon, 'Johannes', 'LOC');
    const place = 'Sie reisten nach Johannes 2019 weiter.';
    expect(germanGospelCited('Johannes', place, place.indexOf(' 2019'))).toBe(false);
  });

  it('never shows an acronym with a plus or a gender star as a body or a place ("LGBTIQ+")', () => {
    hidden(
      'LGBTIQ+-Personen müssen in dieser Kirche ohne Angst leben. Die Menschenrechte von LGBTIQ*-Personen.',
      'LGBTIQ',
      'LOC',
    );
    // A body's acronym before other marks stays ("NASA+" is one mention of several).
    const nasa = 'Die NASA startet. NASA+ zeigt es.';
    expect(germanInclusiveAcronym(nasa, nasa.indexOf('NASA') + 4)).toBe(false);
  });

  it('never shows a possessive run into the noun it owns as a person ("Berlusconis Sex-Prozess")', () => {
    const stol =
      'Verfassungsgericht: Berlusconis Sex-Prozess geht weiter. Silvio Berlusconis „Rubygate“-Prozess um angeblichen Sex geht weiter.';
    hidden(stol, 'Berlusconis Sex-Prozess', 'PER');
    // A given name in "-s" keeps its surname, and a title before a name is no given name.
    const mann = 'Mit Thomas Mann reiste er. Thomas Mann schrieb.';
    expect(germanPossessiveThenNoun('Thomas Mann', mann)).toBe(false);
    const heil = 'Arbeitsminister Hubertus Heil sprach. Hubertus Heil will das Gesetz ändern.';
    expect(germanPossessiveThenNoun('Hubertus Heil', heil)).toBe(false);
  });

  it('drops a professional or a partner named before the person ("Radprofi Egan Bernal")', () => {
    const words = (text: string, end: number) => {
      const tokens = tokenize(text);
      const [s] = trimPersonTitles([{ start: 0, end, type: 'PER' as const }], tokens, 'de');
      return s ? tokens.slice(s.start, s.end).map((t) => t.text) : [];
    };
    expect(words('Radprofi Egan Bernal', 3)).toEqual(['Egan', 'Bernal']);
    expect(words('Partner Tabuteau', 2)).toEqual(['Tabuteau']);
    expect(words('Teamkollegin Anna Weber', 3)).toEqual(['Anna', 'Weber']);
    // An English title German borrows ("Team von Head Coach Don Jackson").
    expect(words('Head Coach Don Jackson', 4)).toEqual(['Don', 'Jackson']);
    expect(words('Co Adriaanse', 2)).toEqual(['Co', 'Adriaanse']);
    // Persons after their offices stay whole.
    expect(words('Hubertus Heil', 2)).toEqual(['Hubertus', 'Heil']);
  });
});
