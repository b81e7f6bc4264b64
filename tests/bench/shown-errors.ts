/**
 * The wrong mentions SHOWN (#15): the full recogniser's rows on every NER dev set, the confidence
 * cross-fitted (5 folds by document, as npm run bench:entities), each language's threshold chosen
 * on those predictions; then, per set, the shown mentions that are wrong, by kind: a type error
 * (gold type -> shown type; a country, a KB name), a span error (which edge gains or loses), or
 * not an entity at all (spurious), with samples and the shown precision / kept per set.
 * Usage: npx tsx tests/bench/shown-errors.ts [SETS=fr-hipe2020,fr-europeana-bnf,es-conll2002] [SAMPLES=10] [DIR]
 *   ROWS_CACHE=file reads the rows from file when it exists, else writes them there (the
 *   evidence changes with the code: remove the file after a change).
 *   WIDE=1 prints each sample with ten words before and eight after (the row's text has two
 *   before), read again from the set's file, to classify the wrong mentions by cause.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chooseThreshold,
  crossFit,
  type LabelledRow,
  shownAt,
} from '../../lib/entities/train/fit-confidence';
import { type LabelledDoc, readCorpus } from '../../lib/entities/train/read-corpus';
import { CONFIDENCE_DEV_SOURCES } from '../../lib/entities/train/sources';
import { devRows, nerDevDir } from '../../lib/entities/train/train-confidence';

const [setsArg = 'fr-hipe2020,fr-europeana-bnf,es-conll2002', samplesArg = '10', dirArg] =
  process.argv.slice(2);
const SETS = setsArg.split(',');
const SAMPLES = Number(samplesArg);
const cache = process.env.ROWS_CACHE;

const rows: LabelledRow[] =
  cache && existsSync(cache)
    ? (JSON.parse(readFileSync(cache, 'utf8')) as LabelledRow[])
    : devRows(nerDevDir(dirArg));
if (!rows.length) {
  console.error(
    `shown-errors: no NER dev set read under ${nerDevDir(dirArg)} (see the lines above)`,
  );
  process.exit(2);
}
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(rows));
const oof = crossFit(rows);

/** The kind of a wrong mention, from its row's text ("a b | name [TYPE] gold: x/T, …"). */
export function shownErrorKind(r: LabelledRow): string {
  const m = /\| (.*) \[(\w+)\] gold: (.*)$/.exec(r.text);
  const name = m?.[1] ?? '';
  const type = m?.[2] ?? '?';
  const gold = (m?.[3] ?? '')
    .split(', ')
    .filter(Boolean)
    .map((g) => {
      const i = g.lastIndexOf('/');
      return { words: g.slice(0, i), type: g.slice(i + 1) };
    });
  const e = r.evidence;
  const tags = [
    e.known ? 'KB' : '',
    e.country ? 'country' : '',
    e.words === 1 ? '1w' : `${Math.min(e.words, 3)}w`,
  ].filter(Boolean);
  if (r.error === 'spurious') return `spurious ${type} ${tags.join(' ')}`;
  if (r.error === 'type') {
    const g = gold.find((x) => x.words === name);
    if (g) return `type ${g.type}->${type} ${tags.join(' ')}`;
    return `span+type ${gold.map((x) => x.type).join('+')}->${type}`;
  }
  const g = gold.find((x) => x.type === type) ?? gold[0];
  if (!g) return 'span ?';
  if (gold.length > 1) return `span ${type}: joins ${gold.length}`;
  const nameIn = g.words.includes(name);
  const goldIn = name.includes(g.words);
  return `span ${type}: ${nameIn ? 'part of gold' : goldIn ? 'runs on past gold' : 'overlaps'}`;
}

// Honorifics and titles, and the particles a French or Spanish surname may open with.
const HONORIFIC = /(?:^|\s)(?:M|MM|Mme|Mmes|Mlle|Mgr|Dr|Me|Sr|Sra|Don|Doña)\s*\.?\s*$/u;
const PARTICLE = /^(?:de|du|des|d'|d’|d|Le|La|De|Du|del|de la)\s+/u;

/**
 * Whether a wrong mention is wrong only by a dev set's convention or its gold's slip, not for a
 * reader: a KB country read as a place where the gold calls it an organisation (a state acting,
 * CoNLL), quotes the gold counts in the name (" Daily News "), a surname's particle the gold
 * leaves out ("de Mauroy" / "Mauroy"), initials it leaves out ("E. Georget"), a common noun it counts in ("ville de Berne"), or a title it keeps ("M . Zberg"), a person after an
 * honorific the gold calls a place or nothing ("M. Lovagie"). Its label, or '' for a real error.
 */
export function conventionOf(r: LabelledRow): string {
  const m = /^(.*?) ?\| (.*) \[(\w+)\] gold: (.*)$/.exec(r.text);
  if (!m) return '';
  const [, before = '', name = '', type = '', goldText = ''] = m;
  const gold = goldText
    .split(', ')
    .filter(Boolean)
    .map((g) => ({ words: g.slice(0, g.lastIndexOf('/')), type: g.slice(g.lastIndexOf('/') + 1) }));
  const e = r.evidence;
  if (
    r.error === 'type' &&
    e.known &&
    e.country &&
    type === 'LOC' &&
    gold.some((g) => g.words === name && g.type === 'ORG')
  ) {
    return 'country read as a place, gold ORG (a state acting)';
  }
  if (type === 'PER' && HONORIFIC.test(before) && (r.error === 'spurious' || r.error === 'type')) {
    return 'person after an honorific, gold not a person';
  }
  if (gold.length !== 1) return '';
  const g = gold[0]!;
  if (r.error === 'span' && g.type === type) {
    if (g.words.replace(/^["«] | ["»]$/gu, '') === name) return 'quotes in the gold span';
    if (name.replace(PARTICLE, '') === g.words) return "surname's particle, gold without it";
    if (name.replace(/^(?:\p{Lu}\.\s*)+/u, '') === g.words) return 'initials, gold without them';
    const head = g.words.endsWith(` ${name}`) ? g.words.slice(0, -name.length - 1) : '';
    if (head && /^\p{Ll}[\p{L}\p{M}]*(?:\s+(?:de|du|des|d\s*'|d’|del)|\s+-)?$/u.test(head)) {
      return 'a common noun the gold counts in the name ("ville de Berne")';
    }
    if (g.words.endsWith(` ${name}`) && HONORIFIC.test(` ${g.words.slice(0, -name.length - 1)}`)) {
      return 'title kept in the gold span';
    }
  }
  return '';
}

const round = (x: number) => x.toFixed(3);
const wideDocs = new Map<string, LabelledDoc[]>();
/** The row's mention with ten words before and eight after, in [[ ]] (WIDE=1), else its text. */
function sample(r: LabelledRow): string {
  if (!process.env.WIDE || !r.at) return r.text;
  const src = CONFIDENCE_DEV_SOURCES.find((s) => s.name === r.set);
  if (!src) return r.text;
  if (!wideDocs.has(r.set)) {
    wideDocs.set(
      r.set,
      readCorpus(resolve(nerDevDir(dirArg), src.path), src.format, { namesOnly: true }),
    );
  }
  const words = wideDocs.get(r.set)?.[r.doc]?.[r.at.sentence]?.words ?? [];
  const { start, end } = r.at;
  const gold = r.text.slice(r.text.lastIndexOf(' gold: '));
  return `${words.slice(Math.max(0, start - 10), start).join(' ')} [[${words.slice(start, end).join(' ')}]] ${words.slice(end, end + 8).join(' ')} |${gold}`;
}
for (const set of SETS) {
  const idx = rows.flatMap((r, i) => (r.set === set ? [i] : []));
  if (!idx.length) {
    console.log(`${set}: no rows`);
    continue;
  }
  const lang = rows[idx[0]!]!.lang;
  const langIdx = rows.flatMap((r, i) => (r.lang === lang ? [i] : []));
  const t = chooseThreshold(
    langIdx.map((i) => oof[i]!),
    langIdx.map((i) => rows[i]!),
  );
  const sub = idx.map((i) => rows[i]!);
  const probs = idx.map((i) => oof[i]!);
  const s = shownAt(probs, sub, t);
  const wrong = idx.filter((i) => !rows[i]!.correct && oof[i]! >= t);
  console.log(
    `\n${set} (lang ${lang}, shown from ${t.toFixed(2)}): shown ${s.shown}, P ${round(s.p)}, kept ${round(s.kept)}, wrong shown ${wrong.length}`,
  );
  const byHead = new Map<string, number>();
  const kinds = new Map<string, string[]>();
  for (const i of wrong) {
    const r = rows[i]!;
    const kind = shownErrorKind(r);
    const head = kind.replace(/[:].*/, '').split(' ').slice(0, 2).join(' ');
    byHead.set(head, (byHead.get(head) ?? 0) + 1);
    const list = kinds.get(kind) ?? [];
    list.push(`${oof[i]!.toFixed(2)}  ${sample(r)}`);
    kinds.set(kind, list);
  }
  for (const [k, n] of [...byHead].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(n).padStart(5)}  ${k}`);
  }
  const conventions = new Map<string, number>();
  for (const i of wrong) {
    const c = conventionOf(rows[i]!);
    if (c) conventions.set(c, (conventions.get(c) ?? 0) + 1);
  }
  const byConvention = [...conventions.values()].reduce((a, b) => a + b, 0);
  console.log(
    `  of the wrong shown, by a convention of the gold or its slip: ${byConvention}; shown P counting them right: ${round((s.shown - wrong.length + byConvention) / Math.max(1, s.shown))}`,
  );
  for (const [k, n] of [...conventions].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(n).padStart(5)}  ${k}`);
  }
  for (const [k, v] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n  ${String(v.length).padStart(5)}  ${k}`);
    for (const x of v.slice(0, SAMPLES)) console.log(`           ${x}`);
  }
}
