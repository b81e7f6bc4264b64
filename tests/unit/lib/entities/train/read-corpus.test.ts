import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/entities/train/read-corpus';
import { spansFromTags } from '@/lib/entities/tags';

// Two HIPE persons: "M. Dufour" (a title the gold marks comp.title) and "le général Dufour"
// (comp.title inside the span), then a place, then "Hagenbeck, marchand de Hambourg" (an
// apposition inside the person, with a nested place), then "maire de Genève, Richard Virenque"
// (a function with a nested place, and a comma the gold leaves unmarked before the name).
const HIPE = [
  'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC',
  '# hipe2022:document_id = test-1',
  'M\tB-pers\tO\tB-pers.ind\tO\tB-comp.title\tO\tNIL\t_\tNoSpaceAfter',
  '.\tI-pers\tO\tI-pers.ind\tO\tI-comp.title\tO\tNIL\t_\t_',
  'Dufour\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  'et\tO\tO\tO\tO\tO\tO\t_\t_\t_',
  'général\tB-pers\tO\tB-pers.ind\tO\tB-comp.title\tO\tNIL\t_\t_',
  'Henri\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  'Dufour\tI-pers\tO\tI-pers.ind\tO\tI-comp.name\tO\tNIL\t_\t_',
  'à\tO\tO\tO\tO\tO\tO\t_\t_\t_',
  'Genève\tB-loc\tO\tB-loc.adm.town\tO\tO\tO\tQ71\t_\t_',
  'Hagenbeck\tB-pers\tO\tB-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  ',\tI-pers\tO\tI-pers.ind\tO\tO\tO\tNIL\t_\t_',
  'marchand\tI-pers\tO\tI-pers.ind\tO\tB-comp.function\tO\tNIL\t_\t_',
  'de\tI-pers\tO\tI-pers.ind\tO\tI-comp.function\tO\tNIL\t_\t_',
  'Hambourg\tI-pers\tO\tI-pers.ind\tO\tI-comp.function\tB-loc.adm.town\tNIL\t_\t_',
  'et\tO\tO\tO\tO\tO\tO\t_\t_\t_',
  'maire\tB-pers\tO\tB-pers.ind\tO\tB-comp.function\tO\tNIL\t_\t_',
  'de\tI-pers\tO\tI-pers.ind\tO\tI-comp.function\tO\tNIL\t_\t_',
  'Genève\tI-pers\tO\tI-pers.ind\tO\tI-comp.function\tB-loc.adm.town\tNIL\t_\t_',
  ',\tI-pers\tO\tI-pers.ind\tO\tO\tO\tNIL\t_\t_',
  'Richard\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  'Virenque\tI-pers\tO\tI-pers.ind\tO\tI-comp.name\tO\tNIL\t_\tEndOfSentence',
].join('\n');

function spans(namesOnly: boolean): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'hipe-')), 'dev.tsv');
  writeFileSync(path, HIPE);
  const [sentence] = readCorpus(path, 'hipe', { namesOnly })[0] ?? [];
  if (!sentence) throw new Error('no sentence read');
  return spansFromTags(sentence.tags).map(
    (s) => `${sentence.words.slice(s.start, s.end).join(' ')}/${s.type}`,
  );
}

describe('reading HIPE', () => {
  it("keeps HIPE's persons with their titles by default", () => {
    expect(spans(false)).toEqual([
      'M . Dufour/PER',
      'général Henri Dufour/PER',
      'Genève/LOC',
      'Hagenbeck , marchand de Hambourg/PER',
      'maire de Genève , Richard Virenque/PER',
    ]);
  });

  it('reads persons as their names, by the gold marks of titles and appositions, with namesOnly', () => {
    expect(spans(true)).toEqual([
      'Dufour/PER',
      'Henri Dufour/PER',
      'Genève/LOC',
      'Hagenbeck/PER',
      'Hambourg/LOC',
      // The comma after the function is no part of the name; a place nested in the function is a place.
      'Genève/LOC',
      'Richard Virenque/PER',
    ]);
  });
});

// fr18: parts of a name the gold leaves unmarked inside the person: "de" between a title and
// the name ("M. de Vevey" with "de" neither title nor name), the particle and surname after the
// name ("M. Dupin de Lhôpital"), a regnal number marked comp.title ("Henri IV"); an apposition
// after a comma stays out.
const HIPE_PARTS = [
  'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC',
  '# hipe2022:document_id = test-2',
  'M\tB-pers\tO\tB-pers.ind\tO\tB-comp.title\tO\tNIL\t_\tNoSpaceAfter',
  '.\tI-pers\tO\tI-pers.ind\tO\tI-comp.title\tO\tNIL\t_\t_',
  'de\tI-pers\tO\tI-pers.ind\tO\tO\tO\tNIL\t_\t_',
  'Vevey\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  'et\tO\tO\tO\tO\tO\tO\t_\t_\t_',
  'M\tB-pers\tO\tB-pers.ind\tO\tB-comp.title\tO\tNIL\t_\tNoSpaceAfter',
  '.\tI-pers\tO\tI-pers.ind\tO\tI-comp.title\tO\tNIL\t_\t_',
  'Dupin\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  'de\tI-pers\tO\tI-pers.ind\tO\tO\tO\tNIL\t_\t_',
  'Lhôpital\tI-pers\tO\tI-pers.ind\tO\tO\tO\tNIL\t_\t_',
  'et\tO\tO\tO\tO\tO\tO\t_\t_\t_',
  'roi\tB-pers\tO\tB-pers.ind\tO\tB-comp.function\tO\tNIL\t_\t_',
  'Henri\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  'IV\tI-pers\tO\tI-pers.ind\tO\tB-comp.title\tO\tNIL\t_\t_',
  'et\tO\tO\tO\tO\tO\tO\t_\t_\t_',
  'Paul\tB-pers\tO\tB-pers.ind\tO\tB-comp.name\tO\tNIL\t_\t_',
  'Roux\tI-pers\tO\tI-pers.ind\tO\tI-comp.name\tO\tNIL\t_\t_',
  ',\tI-pers\tO\tI-pers.ind\tO\tO\tO\tNIL\t_\t_',
  'Notaire\tI-pers\tO\tI-pers.ind\tO\tB-comp.function\tO\tNIL\t_\tEndOfSentence',
].join('\n');

describe('reading HIPE persons as names (fr18)', () => {
  it('keeps the unmarked particle and surname and the regnal number inside the name', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hipe-')), 'dev.tsv');
    writeFileSync(path, HIPE_PARTS);
    const [sentence] = readCorpus(path, 'hipe', { namesOnly: true })[0] ?? [];
    if (!sentence) throw new Error('no sentence read');
    expect(
      spansFromTags(sentence.tags).map((s) => sentence.words.slice(s.start, s.end).join(' ')),
    ).toEqual(['de Vevey', 'Dupin de Lhôpital', 'Henri IV', 'Paul Roux']);
  });
});

// The NewsEye splits of HIPE-2022: upper-case coarse labels and no component marks at all, so
// the title inside a person is found by the recogniser's title words (perm19).
const HIPE_UNMARKED = [
  'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC',
  '# hipe2022:document_id = newseye-1',
  'M\tB-PER\t_\tO\t_\t_\tO\tNIL\t_\tNoSpaceAfter',
  '.\tI-PER\t_\tO\t_\t_\tO\tNIL\t_\t_',
  'Chéron\tI-PER\t_\tO\t_\t_\tO\tNIL\t_\t_',
  'et\tO\t_\tO\t_\t_\tO\t_\t_\t_',
  'le\tO\t_\tO\t_\t_\tO\t_\t_\t_',
  'président\tB-PER\t_\tO\t_\t_\tO\tNIL\t_\t_',
  'Wilson\tI-PER\t_\tO\t_\t_\tO\tNIL\t_\t_',
  'à\tO\t_\tO\t_\t_\tO\t_\t_\t_',
  'Paris\tB-LOC\t_\tO\t_\t_\tO\tNIL\t_\t_',
  'avec\tO\t_\tO\t_\t_\tO\t_\t_\t_',
  'Paul\tB-PER\t_\tO\t_\t_\tO\tNIL\t_\t_',
  'Deschanel\tI-PER\t_\tO\t_\t_\tO\tNIL\t_\tEndOfSentence',
].join('\n');

describe('reading HIPE persons as names without component marks (perm19)', () => {
  function unmarked(options: { namesOnly: boolean; lang?: string }): string[] {
    const path = join(mkdtempSync(join(tmpdir(), 'hipe-')), 'dev.tsv');
    writeFileSync(path, HIPE_UNMARKED);
    const [sentence] = readCorpus(path, 'hipe', options)[0] ?? [];
    if (!sentence) throw new Error('no sentence read');
    return spansFromTags(sentence.tags).map(
      (s) => `${sentence.words.slice(s.start, s.end).join(' ')}/${s.type}`,
    );
  }

  it("drops a person's title by the recogniser's title words, given the language", () => {
    expect(unmarked({ namesOnly: true, lang: 'fr' })).toEqual([
      'Chéron/PER',
      'Wilson/PER',
      'Paris/LOC',
      'Paul Deschanel/PER',
    ]);
  });

  it('keeps the titles without the language, and by default', () => {
    const whole = ['M . Chéron/PER', 'président Wilson/PER', 'Paris/LOC', 'Paul Deschanel/PER'];
    expect(unmarked({ namesOnly: true })).toEqual(whole);
    expect(unmarked({ namesOnly: false })).toEqual(whole);
  });
});

describe('gold spans of other types (gen19, held-out bench)', () => {
  // wikigold is IOB1: "I-MISC I-MISC" is one span, a new "B-MISC" opens another.
  const CONLL = [
    '010 I-MISC',
    'from O',
    'Japanese I-MISC',
    'Punk I-MISC',
    'B-MISC B-MISC',
    'band O',
    'The I-ORG',
    'Mad I-ORG',
    '',
  ].join('\n');

  it('keeps the MISC spans beside the tags, with otherSpans', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'conll-')), 'wikigold.conll');
    writeFileSync(path, CONLL);
    const [sentence] = readCorpus(path, 'conll', { otherSpans: true })[0]!;
    expect(sentence!.other).toEqual([
      { start: 0, end: 1, type: 'MISC' },
      { start: 2, end: 4, type: 'MISC' },
      { start: 4, end: 5, type: 'MISC' },
    ]);
    expect(spansFromTags(sentence!.tags)).toEqual([{ start: 6, end: 8, type: 'ORG' }]);
    expect(readCorpus(path, 'conll')[0]![0]!.other).toBeUndefined();
  });

  it("keeps HIPE-2022's HumanProd spans", () => {
    const rows = [
      ['Le', 'O'],
      ['Temps', 'B-HumanProd'],
      ['de', 'I-HumanProd'],
      ['Paris', 'B-LOC'],
    ].map(([w, l]) => `${w}\t${l}\tO\tO\tO\t_\tO\t_\t_\t_`);
    const path = join(mkdtempSync(join(tmpdir(), 'hipe-')), 'test.tsv');
    writeFileSync(path, ['# hipe2022:document_id = t', ...rows].join('\n'));
    const [sentence] = readCorpus(path, 'hipe', { otherSpans: true, namesOnly: true })[0]!;
    expect(sentence!.other).toEqual([{ start: 1, end: 3, type: 'HumanProd' }]);
  });
});

describe('unmarked HIPE persons cut at their appositions (gen19)', () => {
  const row = (w: string, l: string) => `${w}\t${l}\t_\tO\t_\t_\tO\tNIL\t_\t_`;
  const FILE = [
    '# hipe2022:document_id = t',
    ...[
      ['de', 'O'],
      ['M', 'B-PER'],
      ['.', 'I-PER'],
      ['Ernest', 'I-PER'],
      ['Criquet', 'I-PER'],
      [',', 'I-PER'],
      ['naturaliste', 'I-PER'],
      ['et', 'O'],
      ['vice-président', 'B-PER'],
      ['du', 'I-PER'],
      ['conseil', 'I-PER'],
      [',', 'I-PER'],
      ['Paul', 'I-PER'],
      ['Rault', 'I-PER'],
      ['.', 'O'],
    ].map(([w, l]) => row(w!, l!)),
  ].join('\n');

  it('reads "M. Ernest Criquet, naturaliste" as "Ernest Criquet", a function before the comma as outside', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hipe-')), 'test.tsv');
    writeFileSync(path, FILE);
    const opts = { namesOnly: true, lang: 'fr', appositions: true };
    const [s] = readCorpus(path, 'hipe', opts)[0]!;
    expect(spansFromTags(s!.tags).map((x) => s!.words.slice(x.start, x.end).join(' '))).toEqual([
      'Ernest Criquet',
      'Paul Rault',
    ]);
    // What follows the name is of no type of ours: its names are unmarked too.
    const [other] = readCorpus(path, 'hipe', { ...opts, otherSpans: true })[0]!;
    expect(other!.other).toEqual([{ start: 5, end: 7, type: 'Apposition' }]);
    const [plain] = readCorpus(path, 'hipe', { namesOnly: true, lang: 'fr' })[0]!;
    expect(spansFromTags(plain!.tags).length).toBe(2);
    expect(spansFromTags(plain!.tags)[0]!.end).toBe(7);
  });
});
