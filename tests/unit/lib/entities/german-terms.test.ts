import { describe, expect, it } from 'vitest';
import { dictionaryNounDe } from '@/lib/entities/confidence';
import { germanAcronymTerm, germanNounInText } from '@/lib/entities/german-terms';
import { germanVeto } from './german-veto';

// German words of de41's and de42b's real-page samples that are no names: common nouns the page
// writes as nouns, acronyms the page spells out as terms.
const { hidden, kept } = germanVeto('germanTerm');

const nounIn = (name: string, text: string) => germanNounInText(name, text, dictionaryNounDe);

describe('German common nouns the page writes as nouns (de42b)', () => {
  it('never shows a noun after an adjective of strong ending as a place', () => {
    hidden(
      'Für das Projekt werden etwa 560.000 Tonnen geschmolzenes Salz und 70.000 Heliostaten verwendet.',
      'Salz',
      'LOC',
    );
    hidden(
      'Die Untersuchung der Eigenschaften ausgedehnter Kernmaterie kann experimentell erfolgen.',
      'Kernmaterie',
      'LOC',
    );
    hidden('Bei Raumtemperatur gilt flüssiges Ammoniak als gefährlich.', 'Ammoniak', 'LOC');
  });

  it('never shows the last part of a compound the page writes as a place', () => {
    hidden('Er trug einen Schlapphut mit Federn. Der Hut stammte aus Paris.', 'Hut', 'LOC');
    hidden(
      'Die Minze schlug Wurzeln, er musste aus Tee und Eierschalen eine Erde schaffen. Der Kräutertee half.',
      'Tee',
      'LOC',
    );
  });

  it('never shows a word joined to common nouns as a place', () => {
    hidden(
      'Gerüchten zufolge bestehen sie jeweils zur Hälfte aus Hefeteig und Pflaumenschnaps.',
      'Hefeteig',
      'LOC',
    );
    hidden(
      'Museen, Fitnessstudios, Schwimmbäder und Theater bleiben geschlossen.',
      'Fitnessstudios',
      'ORG',
    );
  });

  it('never shows a home after an article as a town', () => {
    hidden(
      'Mein Opa konnte sie nicht persönlich im Pflegeheim besuchen, um sich zu verabschieden.',
      'Pflegeheim',
      'LOC',
    );
    expect(nounIn('Mannheim', 'Sie zog von Heidelberg nach Mannheim.')).toBe(false);
  });

  it('keeps towns and regions written with an article and an adjective, or inside a place', () => {
    expect(nounIn('Offenthal', 'Wir feiern im idyllischen Offenthal ein Fest.')).toBe(false);
    // An extended attribute: the article stands before the phrase.
    expect(nounIn('Galizien', 'Das zu Österreich-Ungarn gehörende Galizien war arm.')).toBe(false);
    expect(nounIn('Oberhaching', 'Das wiedervereinte Oberhaching liegt bei München.')).toBe(false);
    // A place's name in a place made with a place's prefix ("Ober|harz").
    expect(nounIn('Hahnenklee', 'Von Hahnenklee geht es in den Oberhahnenklee.')).toBe(false);
    // A town beside its surroundings, or before an apposition.
    expect(nounIn('Offenthal', 'Feste in Offenthal und Umgebung.')).toBe(false);
    expect(nounIn('Offenthal', 'Er lebt in Offenthal, Vorstand ist er seit 2010.')).toBe(false);
    // Places the gazetteer or the KB knows stay, even beside a compound ending in them.
    kept('Die Stadthalle in Halle an der Saale ist voll.', 'Halle', 'LOC');
    kept('Nach dem Mittagessen fuhren wir nach Essen.', 'Essen', 'LOC');
  });
});

describe('German acronyms of terms (de42b)', () => {
  it('never shows an acronym the page spells out in lower case as a body', () => {
    hidden(
      'Das gilt bis 4 Prozent der Beitragsbemessungsgrenze der gesetzlichen Rentenversicherung (GRV). Mehr bei der GRV.',
      'GRV',
      'ORG',
    );
    expect(
      germanAcronymTerm('ÖPNV', 'Der öffentliche Personennahverkehr (ÖPNV) wird ausgebaut.'),
    ).toBe(true);
    expect(
      germanAcronymTerm('ÖPNV', 'Man fährt mit dem ÖPNV (öffentlicher Personennahverkehr) hin.'),
    ).toBe(true);
  });

  it('never shows public transport as a body', () => {
    hidden(
      'Kann man nicht doch mit dem ÖPNV anreisen und dann ein Fahrrad ausleihen?',
      'ÖPNV',
      'ORG',
    );
  });

  it('never shows a group of people as a body', () => {
    hidden('Erste Zusagen für Aufnahmen von über 80 LSBTI aus Afghanistan.', 'LSBTI', 'ORG');
    kept('Der LSVD fordert die Aufnahme von Geflüchteten.', 'LSVD', 'ORG');
  });

  it("keeps bodies' acronyms spelled out in capitals or closed by a body's head", () => {
    expect(
      germanAcronymTerm('SPD', 'Die Sozialdemokratische Partei Deutschlands (SPD) tagt.'),
    ).toBe(false);
    expect(germanAcronymTerm('ADAC', 'Der Allgemeine Deutsche Automobil-Club (ADAC) warnt.')).toBe(
      false,
    );
    expect(
      germanAcronymTerm('BSI', 'Das Bundesamt für Sicherheit in der Informationstechnik (BSI).'),
    ).toBe(false);
    expect(germanAcronymTerm('DWD', 'Der Deutsche Wetterdienst (DWD) warnt vor Sturm.')).toBe(
      false,
    );
    expect(
      germanAcronymTerm('GLB', 'Sie ist für den Gewerkschaftlichen Linksblock (GLB) aktiv.'),
    ).toBe(false);
    expect(
      germanAcronymTerm(
        'DWDS',
        'Im Rahmen des Digitalen Wörterbuchs der deutschen Sprache (DWDS) entstand ein Glossar.',
      ),
    ).toBe(false);
    kept('Der ADAC warnt vor Staus. Beim ADAC hieß es, die Lage sei ernst.', 'ADAC', 'ORG');
  });
});
