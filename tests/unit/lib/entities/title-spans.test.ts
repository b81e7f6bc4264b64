import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { loadModel, MODEL_FILE_VERSION } from '@/lib/entities/model';
import { refineSpans } from '@/lib/entities/refine-spans';
import { tagSentence } from '@/lib/entities/tag-sentence';
import type { EntityType } from '@/lib/entities/tags';
import {
  addNamesAfterTitles,
  mayOpenTitleIn,
  namesAfterTitles,
  splitTitle,
  titleOpeners,
} from '@/lib/entities/title-spans';
import { packRows } from '@/lib/entities/train/export-model';
import { spanOf, wordsOf } from './token-spans';

/** What splitTitle leaves of the tagger's span `part` in `text`: its words and type. */
function split(text: string, part: string, type: EntityType, lang: string): [string, EntityType] {
  const words = wordsOf(text);
  const s = splitTitle(words, spanOf(words, part, type), lang);
  return [words.slice(s.start, s.end).join(' '), s.type];
}

describe('splitTitle: a title before a name is no part of the name', () => {
  it.each([
    // The tagger's span begins inside the title: the name after it is a person, whatever the type.
    [
      'en',
      'Yesterday Secretary of State Mara Ellison flew to Lima.',
      'State Mara Ellison',
      'ORG',
      'Mara Ellison',
    ],
    [
      'en',
      'The Foreign Minister Piet Vandermeer spoke first.',
      'Minister Piet Vandermeer',
      'PER',
      'Piet Vandermeer',
    ],
    [
      'en',
      'Talks with Defense Secretary Jonas Albek ended.',
      'Defense Secretary Jonas Albek',
      'ORG',
      'Jonas Albek',
    ],
    [
      'en',
      'Prime Minister Ada Korhonen resigned.',
      'Prime Minister Ada Korhonen',
      'LOC',
      'Ada Korhonen',
    ],
    [
      'en',
      'The Attorney General Lena Morrow said so.',
      'General Lena Morrow',
      'PER',
      'Lena Morrow',
    ],
    [
      'fr',
      'Le ministre des Affaires étrangères Paul Vernier est arrivé.',
      'Affaires étrangères Paul Vernier',
      'PER',
      'Paul Vernier',
    ],
    [
      'fr',
      "La secrétaire d'État Claire Dumoulin a répondu.",
      'État Claire Dumoulin',
      'ORG',
      'Claire Dumoulin',
    ],
    [
      'fr',
      "Le ministre de l'Europe et des Affaires étrangères Luc Ferrand parle.",
      'Europe et des Affaires étrangères Luc Ferrand',
      'ORG',
      'Luc Ferrand',
    ],
    [
      'es',
      'El ministro de Asuntos Exteriores Tomás Ibarra viajó.',
      'Asuntos Exteriores Tomás Ibarra',
      'PER',
      'Tomás Ibarra',
    ],
    [
      'es',
      'Habló el presidente del Gobierno Ramón Lezcano.',
      'Gobierno Ramón Lezcano',
      'ORG',
      'Ramón Lezcano',
    ],
    [
      'es',
      'El secretario general Andrés Solís llegó.',
      'general Andrés Solís',
      'PER',
      'Andrés Solís',
    ],
  ] as [string, string, string, EntityType, string][])(
    '%s: "%s" → %s',
    (lang, text, part, type, name) => {
      expect(split(text, part, type, lang)).toEqual([name, 'PER']);
    },
  );

  it.each([
    // Names that open with a title word and are no title before a person.
    ['en', 'He watched the Premier League all day.', 'Premier League', 'ORG'],
    ['en', 'Shares of General Motors fell.', 'General Motors', 'ORG'],
    // An honorific opening a brand the tagger read as one: "Dr Pepper" stays the company.
    ['en', 'Sales of Dr Pepper rose.', 'Dr Pepper', 'ORG'],
    ['en', 'They sailed to Prince Edward Island.', 'Prince Edward Island', 'LOC'],
    ['en', 'A letter from the Secretary of State Department staff.', 'State Department', 'ORG'],
    ['en', "The Prime Minister's Office denied it.", "Prime Minister's Office", 'ORG'],
    // The whole span is the title's portfolio: the government, for CoNLL and for search.
    ['es', 'Habló el presidente del Gobierno ayer.', 'Gobierno', 'ORG'],
    // A name with nothing of a title in it, after one.
    ['fr', 'Le ministre Paul Vernier est arrivé.', 'Paul Vernier', 'PER'],
    ['es', 'El general de Gaulle llegó.', 'Gaulle', 'PER'],
  ] as [string, string, string, EntityType][])(
    '%s: keeps "%s" as "%s"',
    (lang, text, part, type) => {
      expect(split(text, part, type, lang)).toEqual([wordsOf(part).join(' '), type]);
    },
  );
});

describe('refineSpans takes titles out of names', () => {
  it('gives the person of "Secretary of State Mara Ellison" read as one organisation', () => {
    const words = wordsOf('In Lima, Secretary of State Mara Ellison said the talks failed.');
    const spans = [spanOf(words, 'Lima', 'LOC'), spanOf(words, 'State Mara Ellison', 'ORG')];
    const out = refineSpans(words, spans, { lang: 'en', known: () => undefined });
    expect(out.map((s) => [words.slice(s.start, s.end).join(' '), s.type])).toEqual([
      ['Lima', 'LOC'],
      ['Mara Ellison', 'PER'],
    ]);
  });
});

describe('names right after a title', () => {
  const opened = (text: string, lang: string): string[] => {
    const words = wordsOf(text);
    const marks = namesAfterTitles(words, lang);
    return words.filter((_, i) => marks[i]);
  };

  it.each([
    [
      'en',
      'Secretary of State Mara Ellison and Deputy Prime Minister Ivo Rask met.',
      ['Mara', 'Ivo'],
    ],
    [
      'fr',
      "Le ministre de l'Intérieur Paul Vernier et la porte-parole Anne Roux.",
      ['Paul', 'Anne'],
    ],
    [
      'es',
      'Llegó el viceprimer ministro Tomás Ibarra con el ministro de Defensa, Ramón Lezcano.',
      ['Tomás'],
    ],
    ['en', 'The President said the Secretary of State Department staff left.', []],
    // Honorifics, ranks, clergy: "M." with its dot (Monsieur), "Mme", "Mr", "Sra." as written.
    [
      'fr',
      'Le maréchal Foch salua M. Ador, le curé Martin et Mme Curie.',
      ['Foch', 'Ador', 'Martin', 'Curie'],
    ],
    ['en', 'Mr Hale met Captain Ruiz.', ['Hale', 'Ruiz']],
    ['es', 'El juez Garzón citó al coronel Ortega.', ['Garzón', 'Ortega']],
    // "m" is a metre and "M" without its dot a letter: neither opens a name.
    ['fr', 'Il a couru 100 m Ensuite, puis la série M Dupont.', []],
    // Old papers' "Mad." (Madame), with its dot only ("Mad Max" is a name) (fr18).
    ['fr', 'On dit que Mad. Récamier partira et que Mad Max revient.', ['Récamier']],
  ] as [string, string, string[]][])('%s: "%s" opens a name at %j', (lang, text, names) => {
    expect(opened(text, lang)).toEqual(names);
  });

  it('adds the person the tagger missed after a lower-case title, and nothing beside a span', () => {
    const words = wordsOf(
      'Llegó con el viceprimer ministro Tomás Ibarra y el ministro Ramón Lezcano.',
    );
    const tagged = [spanOf(words, 'Ramón Lezcano', 'PER')];
    const out = addNamesAfterTitles(words, tagged, 'es');
    expect(out.map((s) => [words.slice(s.start, s.end).join(' '), s.type])).toEqual([
      ['Tomás Ibarra', 'PER'],
      ['Ramón Lezcano', 'PER'],
    ]);
    // Persons after a rank or an honorific the tagger read as nothing ("le sergent Foerster").
    const ranks = wordsOf("Le sergent Foerster et l'accusé Vogel ont vu M. Ammann.");
    expect(
      addNamesAfterTitles(ranks, [], 'fr').map((s) => ranks.slice(s.start, s.end).join(' ')),
    ).toEqual(['Foerster', 'Vogel', 'Ammann']);
    const fr = wordsOf('Le ministre des Armées Luc Ferrand parle au ministère.');
    expect(
      addNamesAfterTitles(fr, [], 'fr').map((s) => fr.slice(s.start, s.end).join(' ')),
    ).toEqual(['Luc Ferrand']);
  });
});

describe('tagSentence: a word after a title may open a name', () => {
  // One bucket: every token scores O 2, B-PER 0, I-PER 3 (a name going on, as after a title
  // the training sets counted into the person).
  const model = loadModel({
    version: MODEL_FILE_VERSION,
    bits: 8,
    scale: 1,
    trans: new Array(56).fill(0),
    ...packRows([0], [2, 0, 3, 0, 0, 0, 0]),
  });
  const feats = { ids: new Uint32Array([0, 0]), offsets: new Uint32Array([0, 1, 2]) };

  it('reads B-PER where I-PER scores best only where a title came just before', () => {
    expect([...tagSentence(model, feats)]).toEqual([0, 0]);
    expect([...tagSentence(model, feats, undefined, undefined, new Uint8Array([1, 0]))]).toEqual([
      1, 2,
    ]);
  });
});

describe('mayOpenTitle', () => {
  it('finds every opener and honorific, and nothing else, behind its prefix gate', () => {
    const next = seededRandom(48);
    const rand = (n: number) => Math.floor(next() * n);
    const letters = "aeimnoprsdtcghlvuyMPSDHRCAÉéÄäßñ.-’'";
    for (const lang of ['en', 'fr', 'es', 'de']) {
      const { openers, honorifics } = titleOpeners(lang);
      // The gate's reference: an honorific as written, an opener in lower case.
      const ref = (w: string) => honorifics.has(w) || openers.has(w.toLowerCase());
      const words = [...openers, ...honorifics, 'Der', 'die', 'Mr', 'M', 'Mme', 'Sra', ''];
      for (const w of [...words]) {
        words.push(w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), `${w}s`, w.slice(1));
      }
      for (let k = 0; k < 20_000; k++) {
        let w = '';
        for (let i = 1 + rand(6); i > 0; i--) w += letters[rand(letters.length)];
        words.push(w);
      }
      const found = words.filter((w) => mayOpenTitleIn([w], 0, lang));
      expect(found).toEqual(words.filter(ref));
      expect(found.length).toBeGreaterThan(openers.size);
    }
  });
});
