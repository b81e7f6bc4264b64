import { describe, expect, it } from 'vitest';
import {
  germanAndTheLike,
  germanBodyCompoundInPerson,
  germanCitedAuthor,
  germanDeclinedDuplicate,
  germanDocumentTitle,
  germanEventCompoundEnd,
  germanFemininePluralEnd,
  germanGenitiveNounFirst,
  germanInitialsAfter,
  germanLawShort,
  germanNameThenNoun,
  germanTermExpandedAfter,
} from '@/lib/entities/confidence';
import { germanVeto } from './german-veto';
import { refined } from './token-spans';

// German real-page names of de41's sample that German's word forms tell as no one's.
const { hidden, kept } = germanVeto('germanNotName');

describe('German names that German word forms tell as none (de41)', () => {
  it('never shows a firm or a body named by its founder or place as a person', () => {
    hidden(
      'Er gründete mit seinen Söhnen die „Heinrich Büssing Specialfabrik für Motorlastwagen“.',
      'Heinrich Büssing Specialfabrik',
      'PER',
    );
    hidden(
      'Bergwacht Schwarzwald: Bergwacht rettet Geocacher aus 15 Metern Höhe von einem Baum.',
      'Bergwacht Schwarzwald',
      'PER',
    );
    expect(germanBodyCompoundInPerson('Ursula von der Leyen')).toBe(false);
    expect(germanBodyCompoundInPerson('Verlag')).toBe(false);
  });

  it('never shows a common noun in the genitive and a name as one person ("Sternbilds Stier")', () => {
    hidden(
      'Als Vertreter des Sternbilds Stier neige ich dazu, Lebensmittel zu bevorraten.',
      'Sternbilds Stier',
      'PER',
    );
    // Given names and surnames in "-s" stay.
    for (const name of ['Thomas Mann', 'Andreas Bauer', 'Klaus Kinkel', 'Jens Spahn']) {
      expect(germanGenitiveNounFirst(name)).toBe(false);
    }
  });

  it('never shows a surname or a given name run into the noun after it as a person', () => {
    const bussing =
      'Max Büssing und Paul Werners wurden Gesellschafter. Sein Sohn Max wurde Vorsitzender, Werners Generaldirektor.';
    hidden(bussing, 'Werners Generaldirektor', 'PER');
    const talent =
      'Christine Güttiger schreibt den Newsletter. Andreas nimmt mit Christine Kontakt auf.';
    hidden(talent, 'Christine Kontakt', 'PER');
    // A surname that is a noun, after a given name or a function's title, is the person's.
    const heil = 'Arbeitsminister Hubertus Heil sprach. Hubertus Heil will das Gesetz ändern.';
    expect(germanNameThenNoun('Hubertus Heil', heil)).toBe(false);
    const sommer = 'Thomas Sommer und Thomas Müller spielen heute. Sommer hält.';
    expect(germanNameThenNoun('Thomas Sommer', sommer)).toBe(false);
  });

  it('never shows a law\'s short form as a body ("SGB V", "AVBFernwärmeV")', () => {
    hidden(
      'Paragraf 45 Sozialgesetzbuch Fünftes Buch (SGB V), der die Zahlung von Krankengeld regelt.',
      'SGB V',
      'ORG',
    );
    hidden(
      'Auf Grundlage von § 3 der Allgemeinen Bedingungen für die Fernwärme (AVBFernwärmeV) ist es erlaubt.',
      'AVBFernwärmeV',
      'ORG',
    );
    for (const name of ['BioNTech', 'GmbH', 'ADAC', 'TeamViewer', 'SV Werder']) {
      expect(germanLawShort(name)).toBe(false);
    }
  });

  it("never shows a commentary's authors in a legal citation as places", () => {
    const text =
      'Das ist öffentliche Zugänglichmachung (vgl. Dreier in Dreier/Schulze, Urheberrechtsgesetz, 3. Aufl., § 19a Rdn. 6; Dustmann in Fromm/Nordemann, Urheberrecht, 10. Aufl., § 16 UrhG Rdn. 22).';
    hidden(text, 'Fromm', 'LOC');
    hidden(text, 'Schulze', 'LOC');
    // A town pair without a citation stays.
    const halle = 'Die Saale fließt durch Halle/Saale und Jena.';
    const at = halle.indexOf('Halle');
    expect(germanCitedAuthor(halle, at, at + 5)).toBe(false);
  });

  it('never shows a body declined where the text names it in the nominative', () => {
    const text =
      'Die Deutsche Bahn plant einen Deutschlandtakt. Die Ankündigungen von Deutscher Bahn und Verkehrsminister Scheuer versprachen viel.';
    hidden(text, 'Deutscher Bahn', 'ORG');
    expect(germanDeclinedDuplicate('Deutsche Bahn', text)).toBe(false);
    // No nominative in the text: nothing to show instead.
    expect(germanDeclinedDuplicate('Deutscher Bahn', 'Ankündigungen von Deutscher Bahn.')).toBe(
      false,
    );
  });

  it('never shows "Netflix & Co." nor "(Koch & Stevenson, 2017)" as a firm', () => {
    hidden(
      'Zum anderen sehen wir doch gerade bei Netflix & Co., dass die Inhalte zählen.',
      'Netflix & Co.',
      'ORG',
    );
    expect(germanAndTheLike('Merck Finck & Co.')).toBe(false);
    hidden(
      'Der Einfluss dieser Stoffe wird unter Forschern diskutiert (Koch & Stevenson, 2017).',
      'Koch & Stevenson',
      'ORG',
    );
    kept('Die Kanzlei Koch & Stevenson berät Firmen in Köln.', 'Koch & Stevenson', 'ORG');
  });

  it('never shows a firm abbreviated after its name as a person ("Georg Fischer (GF)")', () => {
    const text =
      'In Schaffhausen sind Weltkonzerne wie ABB, Garmin, Georg Fischer (GF) und IWC Schaffhausen zu Hause.';
    hidden(text, 'Georg Fischer', 'PER');
    const party = 'Der Präsident Frank-Walter Steinmeier (SPD) sprach in Berlin.';
    expect(germanInitialsAfter('Frank-Walter Steinmeier', party, party.indexOf(' (SPD)'))).toBe(
      false,
    );
  });

  it('never shows a name run into a feminine plural ("in Bremen Pilotinnen und Piloten")', () => {
    hidden(
      'Die Lufthansa hat über Jahrzehnte in Bremen Pilotinnen und Piloten der Luftwaffe ausgebildet.',
      'Bremen Pilotinnen',
      'LOC',
    );
    expect(germanFemininePluralEnd('Berlin Innen')).toBe(false);
    // A body's name has the plural after a lower-case word: it stays.
    expect(germanFemininePluralEnd('Verband deutscher Unternehmerinnen')).toBe(false);
  });

  it('never shows the first part of a compound elided in brackets ("(Forst-)Straßen")', () => {
    hidden(
      'Immer auf (Forst-)Straßen oder markierten Routen bleiben, und nicht auf Forst- und Güterwegen parken.',
      'Forst',
      'LOC',
    );
  });

  it("never shows an award's name as a person, nor a document's title as a place", () => {
    hidden(
      'Preise: 2017 LovelyBooks Leserpreis, Silber: Hörbuch für Ghostsitter von Tommy Krappweis.',
      'LovelyBooks Leserpreis',
      'PER',
    );
    expect(germanEventCompoundEnd('Tommy Krappweis')).toBe(false);
    hidden(
      'Beachten Sie die Hinweise im Merkblatt Reise-Impfempfehlungen des Auswärtigen Amts.',
      'Merkblatt Reise-Impfempfehlungen',
      'LOC',
    );
    expect(germanDocumentTitle('Kanton Bern')).toBe(false);
  });

  it('never shows an acronym as a body where the brackets after it spell out a term', () => {
    hidden(
      'Sie haben vielleicht einen Blick auf die AGB bzw. die AVB (Allgemeine Versicherungsbedingungen) geworfen.',
      'AVB',
      'ORG',
    );
    const body = 'Das BfS (Bundesamt für Strahlenschutz) warnt vor Radon.';
    expect(germanTermExpandedAfter(body, body.indexOf(' ('))).toBe(false);
  });

  it('drops a nationality after "dem", "den", "des" before a full name ("dem Polen Jakub Szymanski")', () => {
    expect(
      refined(
        'Er gewann vor dem Polen Jakub Szymanski und dem Spanier Enrique Llopis.',
        [
          ['Polen', 'LOC'],
          ['Jakub Szymanski', 'PER'],
        ],
        'de',
      ),
    ).toEqual([['Jakub Szymanski', 'PER']]);
    // A place before a full name after "in" stays ("in Polen ...") as the tagger read it.
    expect(
      refined(
        'Die Feier in Polen Jakub Szymanski zu Ehren.',
        [
          ['Polen', 'LOC'],
          ['Jakub Szymanski', 'PER'],
        ],
        'de',
      ),
    ).not.toEqual([['Jakub Szymanski', 'PER']]);
  });
});
