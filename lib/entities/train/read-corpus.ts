/** Readers for the NER corpora's formats (Node only: training and benchmark). */
import { readFileSync } from 'node:fs';
import { splitTitle } from '../title-spans';

/** One sentence: its tokens and IOB2 tag ids (see lib/entities/tags.ts). */
export interface LabelledSentence {
  words: string[];
  tags: number[];
  /**
   * With ReadOptions.otherSpans: the gold spans of types the recogniser does not name (CoNLL's
   * MISC, HIPE's HumanProd, time…), token offsets, end exclusive, and the type as written.
   */
  other?: OtherSpan[];
}

/** A gold span of a type outside PER / LOC / ORG. */
export interface OtherSpan {
  start: number;
  end: number;
  type: string;
}

/** A document: sentences that share casing statistics. */
export type LabelledDoc = LabelledSentence[];

/**
 * The corpus formats: conll (token … TAG, last column), hipe (TSV), conllu (idx token tag), bio,
 * germeval, tsv (token<TAB>…<TAB>TAG, last column: WNUT-17, Broad Twitter Corpus).
 */
export type CorpusFormat = 'conll' | 'hipe' | 'conllu' | 'bio' | 'germeval' | 'tsv';

// WNUT-17 spells its types out; its "group" (teams, bands, parties) is what CoNLL calls ORG.
const TYPE_IDS: Record<string, number> = {
  PER: 1,
  PERS: 1,
  PERSON: 1,
  LOC: 3,
  LOCATION: 3,
  ORG: 5,
  CORPORATION: 5,
  GROUP: 5,
};
const PSEUDO_DOC = 30;
const MAX_SENTENCE = 80;

function typeOf(label: string): number {
  if (!label || label === 'O' || label === '_') return 0;
  const type = label.slice(2).split('.')[0]?.toUpperCase() ?? '';
  return TYPE_IDS[type] ?? 0;
}

/**
 * The spans of raw IOB1/IOB2 labels whose type is not one the recogniser names (MISC,
 * HumanProd, …): what a held-out set marks that a mention of ours may overlap without being
 * spurious.
 */
export function otherSpans(labels: readonly string[]): OtherSpan[] {
  const out: OtherSpan[] = [];
  let open: OtherSpan | null = null;
  labels.forEach((label, i) => {
    const named = !!label && label !== 'O' && label !== '_' && /^[BI]-/.test(label);
    const type = named ? (label.slice(2).split('.')[0] ?? '') : '';
    const other = named && typeOf(label) === 0;
    if (open && (!other || label.startsWith('B-') || type !== open.type)) {
      out.push(open);
      open = null;
    }
    if (other && !open) open = { start: i, end: i, type };
    if (open) open.end = i + 1;
  });
  if (open) out.push(open);
  return out;
}

/** Converts raw IOB1/IOB2 labels to IOB2 tag ids, other types to O. */
export function toTagIds(labels: readonly string[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const label of labels) {
    const t = typeOf(label);
    if (t === 0) out.push(0);
    else if (label.startsWith('B-') || prev !== t) out.push(t);
    else out.push(t + 1);
    prev = t;
  }
  return out;
}

class Builder {
  docs: LabelledDoc[] = [];
  private doc: LabelledDoc = [];
  private words: string[] = [];
  private labels: string[] = [];
  constructor(
    private pseudoDocs: boolean,
    private keepOther = false,
  ) {}
  token(word: string, label: string): void {
    this.words.push(word);
    this.labels.push(label);
  }
  endSentence(): void {
    if (this.words.length) {
      const sentence: LabelledSentence = { words: this.words, tags: toTagIds(this.labels) };
      if (this.keepOther) sentence.other = otherSpans(this.labels);
      this.doc.push(sentence);
    }
    this.words = [];
    this.labels = [];
    if (this.pseudoDocs && this.doc.length >= PSEUDO_DOC) this.flushDoc();
  }
  endDoc(): void {
    this.endSentence();
    this.flushDoc();
  }
  private flushDoc(): void {
    if (this.doc.length) this.docs.push(this.doc);
    this.doc = [];
  }
  get length(): number {
    return this.words.length;
  }
  /** The token before the last one added. */
  get previous(): string | undefined {
    return this.words[this.words.length - 2];
  }
}

// A full stop after these ends an abbreviation, not a sentence: "M . Hagenbeck".
const ABBREVIATIONS = new Set(
  'm mm mme mmes mlle dr st ste me mgr cie co jr sr mr mrs ms prof gen col cap lt av no nos etc hr fr'.split(
    ' ',
  ),
);

function isStop(w: string, prev: string | undefined): boolean {
  if (w === '!' || w === '?') return true;
  if (w !== '.' || prev === undefined) return false;
  return !(ABBREVIATIONS.has(prev.toLowerCase()) || /^\p{Lu}$/u.test(prev));
}

/** How a corpus is read. */
export interface ReadOptions {
  /**
   * HIPE only: a person is its name. HIPE's guidelines put the titles and functions before a
   * name inside the person ("M. Dupont", "le général Dufour"), marking them comp.title and
   * comp.function in NE-FINE-COMP; a reader's card is the name, as Europeana and CoNLL mark it.
   * With this, those leading tokens are outside the span, by the gold's own marks.
   */
  namesOnly?: boolean;
  /**
   * With namesOnly, the set's language: a HIPE file whose persons carry no component marks at
   * all (the NewsEye and SoNAR splits of HIPE-2022 have an empty NE-FINE-COMP) loses the title
   * that opens a person by the recogniser's own title words (title-spans.ts splitTitle: "M.
   * Chéron", "Mlle Wilson", "président Wilson" read as the name), as the marked sets do by
   * their comp.title marks.
   */
  lang?: string;
  /** Keep each sentence's gold spans of other types (LabelledSentence.other). */
  otherSpans?: boolean;
  /**
   * With namesOnly and lang, a HIPE file without component marks: a person is also cut at its
   * commas, as the marked sets' appositions are ("M. Ernest Criquet, naturaliste" read as
   * "Ernest Criquet"; "… der Partei, Rudolf Heß" as "Rudolf Heß"): see unmarkedName. What
   * follows the name is read as a span of type "Apposition" (no type of ours: otherSpans), as
   * the names in it are unmarked.
   */
  appositions?: boolean;
}

/** Reads one corpus file into documents of labelled sentences. */
export function readCorpus(
  path: string,
  format: CorpusFormat,
  options: ReadOptions = {},
): LabelledDoc[] {
  const latin1 = /esp\.(train|testa|testb)$/.test(path);
  const text = readFileSync(path, latin1 ? 'latin1' : 'utf8');
  const lines = text.split(/\r?\n/);
  if (format === 'hipe') return readHipe(lines, options);
  const b = new Builder(!text.includes('-DOCSTART-'), options.otherSpans);
  for (const line of lines) {
    if (format === 'germeval' && line.startsWith('#')) {
      b.endSentence();
      continue;
    }
    if (!line.trim()) {
      b.endSentence();
      continue;
    }
    const cols = format === 'conll' || format === 'bio' ? line.split(' ') : line.split('\t');
    const word = format === 'conllu' || format === 'germeval' ? cols[1] : cols[0];
    const label = format === 'conllu' || format === 'germeval' ? cols[2] : cols[cols.length - 1];
    if (word === undefined || label === undefined) continue;
    if (word === '-DOCSTART-') {
      b.endDoc();
      continue;
    }
    b.token(word, label);
    if (
      format === 'bio' &&
      ((isStop(word, b.previous) && b.length > 3) || b.length >= MAX_SENTENCE)
    ) {
      b.endSentence();
    }
  }
  b.endDoc();
  return b.docs;
}

const LEADING_COMP = /^[BI]-comp\.(title|function)$/;

/**
 * namesOnly: the coarse label of each HIPE data row with a person read as its name. The
 * titles and functions before the name are outside the span (it opens at the first comp.name
 * token, or after the leading comp.title/comp.function tokens where none is marked), and so is
 * an apposition after it ("Albert Rouiller, imprimeur": the span ends at the last comp.name
 * token); a name nested in what is left out ("… marchand d'animaux de Hambourg", "le maire de
 * Genève, M. Dufour") takes its NE-NESTED label. What the gold leaves unmarked between and
 * after the name's tokens stays the name's (nameParts: "M. de Blowitz", "Drouyn de Lhuys",
 * "Frédéric III").
 */
export function hipeNameLabels(
  rows: readonly string[][],
  lang?: string,
  appositions = false,
): string[] {
  const out = rows.map((c) => c[1] ?? 'O');
  // A file without any component mark: the title is found by the recogniser's title words.
  const titlesIn = rows.some((c) => /comp\./.test(c[5] ?? '')) ? undefined : lang;
  const words = titlesIn ? rows.map((c) => c[0] ?? '') : [];
  for (let i = 0; i < rows.length; i++) {
    // HIPE-2020 writes B-pers; the NewsEye and SoNAR splits B-PER.
    if (out[i] !== 'B-pers' && out[i] !== 'B-PER') continue;
    const inside = out[i] === 'B-pers' ? 'I-pers' : 'I-PER';
    let end = i + 1;
    while (end < rows.length && out[end] === inside) end++;
    const names: number[] = [];
    for (let k = i; k < end; k++) if (/comp\.name$/.test(rows[k]?.[5] ?? '')) names.push(k);
    // The name opens at its first comp.name token: what goes before (a title, a function, the
    // comma after it: "grands grimpeurs du peloton, Richard Virenque") is outside.
    let first = i;
    let cut = end;
    if (titlesIn && appositions) [first, cut] = unmarkedName(words, i, end, titlesIn);
    else if (titlesIn) first = splitTitle(words, { start: i, end, type: 'PER' }, titlesIn).start;
    else if (names.length) first = names[0] as number;
    else while (first < end && LEADING_COMP.test(rows[first]?.[5] ?? '')) first++;
    let last = names.length ? (names[names.length - 1] as number) + 1 : cut;
    if (names.length) [first, last] = nameParts(rows, i, end, first, last);
    for (let k = i; k < end; k++) {
      if (k >= first && k < last) continue;
      const nested = rows[k]?.[6] ?? 'O';
      out[k] = /^[BI]-(pers|loc|org)/.test(nested) ? nested.replace(/\..*$/, '') : 'O';
      // An apposition cut off an unmarked person: its names are unmarked too ("gouverneur de
      // l'Algérie"), so it is a span of no type of ours (otherSpans), not a stretch of O.
      if (titlesIn && appositions && k >= last && out[k] === 'O') {
        out[k] = k === last ? 'B-Apposition' : 'I-Apposition';
      }
    }
    // The name after its title opens the span (toTagIds turns O, I-pers into B).
    i = end - 1;
  }
  return out;
}

/**
 * The name in an unmarked person span [start, end): of its comma-separated parts, the first
 * that opens with a capital once a leading title is taken out (splitTitle), as that part;
 * the whole span, less its title, when none does.
 */
function unmarkedName(
  words: readonly string[],
  start: number,
  end: number,
  lang: string,
): [number, number] {
  let a = start;
  for (let k = start; k <= end; k++) {
    if (k < end && words[k] !== ',') continue;
    if (k > a) {
      const part = splitTitle(words, { start: a, end: k, type: 'PER' }, lang);
      if (part.start < part.end && /^\p{Lu}/u.test(words[part.start] ?? '')) {
        return [part.start, part.end];
      }
    }
    a = k + 1;
  }
  return [splitTitle(words, { start, end, type: 'PER' }, lang).start, end];
}

const unmarked = (row: readonly string[] | undefined) => (row?.[5] ?? 'O') === 'O';
const PARTICLE = /^(de|du|des|d|'|’|von|van|der|den|la|le|da|di|della|del|dos|y)$/i;
const REGNAL = /^([IVXL]+|1|Ier|1er|er)$/;

/**
 * The parts of a name the gold leaves unmarked inside its person: a particle just before the
 * first comp.name token ("M. de Blowitz", "général de Gaulle": "de" is neither title nor
 * name), the particle and surname after the last one ("M. Drouyn de Lhuys"), and a regnal
 * number ("Frédéric III", "François 1 er", marked comp.title but part of the name).
 */
function nameParts(
  rows: readonly string[][],
  start: number,
  end: number,
  first: number,
  last: number,
): [number, number] {
  while (first > start && unmarked(rows[first - 1]) && PARTICLE.test(rows[first - 1]?.[0] ?? '')) {
    first--;
  }
  let k = last;
  while (k < end && unmarked(rows[k]) && PARTICLE.test(rows[k]?.[0] ?? '')) k++;
  if (k > last && k < end && unmarked(rows[k]) && /^\p{Lu}/u.test(rows[k]?.[0] ?? '')) last = k + 1;
  while (
    last < end &&
    /comp\.title$/.test(rows[last]?.[5] ?? '') &&
    REGNAL.test(rows[last]?.[0] ?? '')
  ) {
    last++;
  }
  return [first, last];
}

function readHipe(lines: string[], options: ReadOptions): LabelledDoc[] {
  const { namesOnly = false, lang, appositions = false } = options;
  const b = new Builder(false, options.otherSpans);
  const hasSentenceFlags = lines.some((l) => l.includes('EndOfSentence'));
  const isRow = (l: string) => !l.startsWith('#') && !!l.trim() && !l.startsWith('TOKEN\t');
  const rows = lines.filter(isRow).map((l) => l.split('\t'));
  const labels = namesOnly ? hipeNameLabels(rows, lang, appositions) : rows.map((c) => c[1] ?? 'O');
  let r = 0;
  for (const line of lines) {
    if (line.startsWith('#')) {
      if (line.includes('document_id')) b.endDoc();
      continue;
    }
    if (!isRow(line)) continue;
    const cols = rows[r] as string[];
    const label = labels[r++] as string;
    const word = cols[0] as string;
    b.token(word, label);
    const misc = cols[cols.length - 1] ?? '';
    const end = hasSentenceFlags
      ? misc.includes('EndOfSentence')
      : isStop(word, b.previous) && b.length > 3;
    if (end || b.length >= MAX_SENTENCE) b.endSentence();
  }
  b.endDoc();
  return b.docs;
}
