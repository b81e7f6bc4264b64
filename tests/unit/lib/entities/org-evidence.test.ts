import { describe, expect, it } from 'vitest';
import {
  confidenceEvidence,
  confidenceOf,
  SHOWN_FROM,
  shownFrom,
  termShape,
} from '@/lib/entities/confidence';
import {
  capsSurnameName,
  capsSurnameWord,
  capsWord,
  englishSportsText,
  planetNotName,
  coinedFromPerson,
  rowLabel,
  tableCellLabel,
} from '@/lib/entities/org-evidence';
import type { EntityType } from '@/lib/entities/tags';
import { entityIn } from './token-spans';

/** An entity with a mention at every place the text writes `name` as a word of its own. */
function everyMention(text: string, name: string, type: EntityType) {
  const mentions = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
    text: name,
  }));
  return { id: `x:${name}`, type, name, salience: 1, mentions, margin: 60 };
}

/** The evidence of one entity of `text`, and whether it would be shown. */
function judged(text: string, entity: ReturnType<typeof everyMention>) {
  const [e] = confidenceEvidence([entity], text, 'en');
  return { e: e!, shown: confidenceOf(e!) >= SHOWN_FROM };
}

/** The evidence of the last of `entities` in a French text, and whether it would be shown. */
function judgedFr(text: string, ...entities: ReturnType<typeof everyMention>[]) {
  const e = confidenceEvidence(entities, text, 'fr').at(-1)!;
  return { e, shown: confidenceOf(e) >= shownFrom('fr') };
}

describe('org-evidence', () => {
  it('never shows a row label that opens every line before a number ("Milepost 2.0 :")', () => {
    const text = [
      'Milepost 0.0 : Wiscasset station, the line begins.',
      'Milepost 2.0 : Rankin Mill, a flag stop.',
      'Milepost 4.4 : Twin Lake, a siding.',
      'Milepost 9.0 : Perley Mills, the water tank.',
    ].join('\n');
    const milepost = everyMention(text, 'Milepost', 'ORG');
    expect(rowLabel(text, milepost.mentions)).toBe(true);
    const { e, shown } = judged(text, milepost);
    expect(e.rowLabel).toBe(true);
    expect(shown).toBe(false);
    // A team opening a results line once or twice is no label ("Bath 31 Wasps 13").
    const results = 'Bath 31 Wasps 13\nOrrell 13 Bath 21';
    expect(rowLabel(results, everyMention(results, 'Bath', 'ORG').mentions)).toBe(false);
    // Nor a word that opens its lines without a number after it.
    const prose = 'Acme said so.\nAcme 3 times.\nAcme agreed.';
    expect(rowLabel(prose, everyMention(prose, 'Acme', 'ORG').mentions)).toBe(false);
  });

  it('never shows a word in capitals the text also writes in lower case ("STREAM", "stream")', () => {
    const text = 'STREAM: the video is on the stream tonight. Watch the stream live.';
    const { e, shown } = judged(text, everyMention(text, 'STREAM', 'ORG'));
    expect(e.capsWordLower).toBe(true);
    expect(shown).toBe(false);
    // An acronym the text never writes in lower case stays to the model ("NASA").
    const nasa = 'NASA said the rover landed. The agency was pleased.';
    const [n] = confidenceEvidence([entityIn(nasa, 'NASA', 'ORG')], nasa, 'en');
    expect(n?.capsWordLower).toBe(false);
    expect(capsWord('Nasa')).toBe(false);
    expect(capsWord('NASA')).toBe(true);
  });

  it('leaves a club named by an ordinary word to the model in a sports report ("Wasps")', () => {
    const sports =
      'Sale beat Wasps in the league on Saturday. The penalty came late and the referee ' +
      'sent off a defender before Wasps scored again.';
    expect(englishSportsText(sports)).toBe(true);
    const [w] = confidenceEvidence([everyMention(sports, 'Wasps', 'ORG')], sports, 'en');
    expect(w?.dictionaryWord).toBe(false);
    // Outside sport the dictionary's word is no name ("Wasps" in a garden).
    const garden = 'Wasps nest under the roof in summer, and the gardener sprays them.';
    expect(englishSportsText(garden)).toBe(false);
    const [g] = confidenceEvidence([everyMention(garden, 'Wasps', 'ORG')], garden, 'en');
    expect(g?.dictionaryWord).toBe(true);
    // A place or a person is not a club: the dictionary still vetoes.
    const [p] = confidenceEvidence([everyMention(sports, 'Wasps', 'PER')], sports, 'en');
    expect(p?.dictionaryWord).toBe(true);
  });

  it('never shows a planet read as a body or a person ("around the Earth")', () => {
    const text = 'The satellite circles around the Earth every ninety minutes.';
    const { e, shown } = judged(text, everyMention(text, 'Earth', 'ORG'));
    expect(e.planet).toBe(true);
    expect(shown).toBe(false);
    // The other planets only in a text on space: "Mars" the firm stays to the model.
    expect(planetNotName('Mars', 'ORG', 'Mars sold more chocolate bars this year.')).toBe(false);
    expect(planetNotName('Mars', 'ORG', 'The rover landed on Mars, a cold planet.')).toBe(true);
    expect(planetNotName('Earth', 'LOC', text)).toBe(false);
  });

  it('reads chat initialisms as terms ("FYI", "LMAO", "TODO")', () => {
    for (const term of ['FYI', 'LMAO', 'TODO', 'BTW']) {
      expect(termShape(term, 'en', true)).toBe(true);
    }
    expect(termShape('NASA', 'en', true)).toBe(false);
  });

  it('never shows a surname in capitals as a body where the text writes surnames so ("SCALIA")', () => {
    const text =
      'John Paul STEVENS delivered the opinion of the Court.\n' +
      'SCALIA filed a dissenting opinion, in which THOMAS and ALITO joined.';
    const stevens = everyMention(text, 'John Paul STEVENS', 'PER');
    const scalia = everyMention(text, 'SCALIA', 'ORG');
    const [, e] = confidenceEvidence([stevens, scalia], text, 'en');
    expect(e?.capsSurname).toBe(true);
    expect(confidenceOf(e!)).toBeLessThan(SHOWN_FROM);
    expect(capsSurnameName('John Paul STEVENS')).toBe(true);
    expect(capsSurnameName('Anne M. DUPONT')).toBe(true);
    expect(capsSurnameName('John Stevens')).toBe(false);
    expect(capsSurnameName('Salesforce CEO')).toBe(false);
    expect(capsSurnameName('NASA Ames')).toBe(false);
    // Without such a person an acronym stays to the model ("NASA"), and three capitals are no surname.
    expect(capsSurnameWord('NASA', ['John Stevens'])).toBe(false);
    expect(capsSurnameWord('CIA', ['John Paul STEVENS'])).toBe(false);
    const plain = 'SCALIA filed a dissenting opinion, in which John Stevens joined.';
    const [p] = confidenceEvidence([everyMention(plain, 'SCALIA', 'ORG')], plain, 'en');
    expect(p?.capsSurname).toBe(false);
  });

  it('never shows a table\'s row label between lines of figures ("Economie publique")', () => {
    // A flattened table of a French paper on journals: field, then its counts.
    const text = [
      'Les revues par domaine :',
      'Organisation industrielle',
      '97',
      '185',
      '4',
      'Economie publique',
      '115',
      '216',
      '16',
      'Economie de la santé',
      '112',
    ].join('\n\n');
    const label = everyMention(text, 'Economie publique', 'ORG');
    expect(tableCellLabel(label.name, text, label.mentions)).toBe(true);
    const { e, shown } = judgedFr(text, label);
    expect(e.tableCell).toBe(true);
    expect(shown).toBe(false);
    // A player in a scorers' table has no lower-case word: the model's to judge.
    const scorers = ['1', 'Kylian Mbappé', '27', '2', 'Jonathan David', '19'].join('\n');
    const player = everyMention(scorers, 'Kylian Mbappé', 'PER');
    expect(tableCellLabel(player.name, scorers, player.mentions)).toBe(false);
    // Nor is a body named in a sentence beside a figure a label.
    const prose = 'En 2019\nla Banque mondiale prête 12 milliards.\n2020';
    const bank = everyMention(prose, 'Banque mondiale', 'ORG');
    expect(tableCellLabel(bank.name, prose, bank.mentions)).toBe(false);
  });

  it('never shows a camp coined from a surname the article names ("la Macronie")', () => {
    const text =
      'Deux ans et demi après l’élection d’Emmanuel Macron, prenons le temps de revenir ' +
      'sur les déboires de la Macronie.';
    const { e, shown } = judgedFr(
      text,
      everyMention(text, 'Emmanuel Macron', 'PER'),
      everyMention(text, 'Macronie', 'LOC'),
    );
    expect(e.coinedName).toBe(true);
    expect(shown).toBe(false);
    expect(coinedFromPerson('sarkozysme', ['sarkozy'])).toBe(true);
    expect(coinedFromPerson('gaulliste', ['gaulle'])).toBe(true);
    // A place named like a surname the article holds is no coinage without the surname's ending.
    expect(coinedFromPerson('macronville', ['macron'])).toBe(false);
    // Without the person in the article, the model judges.
    const alone = 'Les déboires de la Macronie continuent.';
    const [a] = confidenceEvidence([everyMention(alone, 'Macronie', 'LOC')], alone, 'fr');
    expect(a?.coinedName).toBe(false);
  });
});
