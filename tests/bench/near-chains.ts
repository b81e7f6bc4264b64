/**
 * Near-copy chains in a corpus: the pairs of texts near copies of each other (near-copy.ts,
 * isNearCopy), the groups they join transitively (as foldCopies does), and within each group the
 * pairs that are not near copies themselves, reached only through a chain (A~B, B~C, not A~C),
 * with their measured Jaccard similarity of shingles and the share of the shorter text's
 * sentences found in the other: whether the ends of a chain are versions of one text. Also how
 * many near-copy pairs share a band (NEAR_BANDS, the index nearCopiesOf reads).
 *
 *   npx tsx tests/bench/near-chains.ts FILE.jsonl [...]   (one {"doc_id", "text"} per line)
 */
import { readFileSync } from 'node:fs';
import { nearCopyPairs, nearCopySignature, nearCopySimilarity } from '../../lib/db/near-copy';

const SHINGLE = 5;
const words = (t: string) =>
  t
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
function shingles(t: string): Set<string> {
  const w = words(t);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}
const sentences = (t: string) =>
  t
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => words(s).join(' '))
    .filter((s) => s.split(' ').length >= 5);
/** The share of the shorter text's sentences that are in the other, word for word. */
function sentenceShare(a: string, b: string): number {
  const [sa, sb] = [sentences(a), sentences(b)];
  const [short, long] = sa.length <= sb.length ? [sa, new Set(sb)] : [sb, new Set(sa)];
  return short.length ? short.filter((s) => long.has(s)).length / short.length : 0;
}

if (process.argv.length < 3) {
  console.error(
    '\n!!! NO CORPUS FILE GIVEN: npx tsx tests/bench/near-chains.ts FILE.jsonl [...]\n!!! e.g. ../shared/corpus/stories/ecbplus/ecbplus-dev.jsonl\n',
  );
  process.exit(2);
}
for (const file of process.argv.slice(2)) {
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { doc_id: string; text: string; story_id?: string });
  const signed = docs.flatMap((d) => {
    const sig = nearCopySignature(d.text);
    return sig ? [{ ...d, ...sig }] : [];
  });
  const pairs = nearCopyPairs(signed.map((s) => s.print));
  const parent = signed.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [a, b] of pairs) parent[Math.max(root(a), root(b))] = Math.min(root(a), root(b));
  const direct = new Set(pairs.map(([a, b]) => `${a},${b}`));
  const groups = new Map<number, number[]>();
  signed.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  const joined = [...groups.values()].filter((g) => g.length > 1);
  const banded = pairs.filter(([a, b]) =>
    signed[a]!.bands.some((x) => signed[b]!.bands.includes(x)),
  );
  console.log(
    `${file}: ${docs.length} texts, ${signed.length} signed, ${pairs.length} near-copy pairs (${banded.length} share a band), ${joined.length} groups of ${joined.map((g) => g.length).join(', ')}`,
  );
  const sh = signed.map((s) => shingles(s.text));
  let chains = 0;
  for (const g of joined) {
    for (let x = 0; x < g.length; x++) {
      for (let y = x + 1; y < g.length; y++) {
        const [a, b] = [g[x]!, g[y]!];
        if (direct.has(`${a},${b}`)) continue;
        chains++;
        const [da, db] = [signed[a]!, signed[b]!];
        console.log(
          `  chain ends ${da.doc_id} ~ ${db.doc_id}${da.story_id ? ` (stories ${da.story_id} / ${db.story_id})` : ''}: estimate ${nearCopySimilarity(da.print, db.print).toFixed(2)}, Jaccard ${jaccard(sh[a]!, sh[b]!).toFixed(2)}, sentences of the shorter in the other ${sentenceShare(da.text, db.text).toFixed(2)}`,
        );
      }
    }
  }
  for (const [a, b] of pairs) {
    const [da, db] = [signed[a]!, signed[b]!];
    console.log(
      `  pair ${da.doc_id} ~ ${db.doc_id}: estimate ${nearCopySimilarity(da.print, db.print).toFixed(2)}, Jaccard ${jaccard(sh[a]!, sh[b]!).toFixed(2)}, sentences ${sentenceShare(da.text, db.text).toFixed(2)}${da.story_id && da.story_id !== db.story_id ? ' OTHER STORY' : ''}`,
    );
  }
  console.log(
    JSON.stringify({
      bench: 'near-chains',
      file,
      signed: signed.length,
      pairs: pairs.length,
      banded: banded.length,
      groups: joined.length,
      chainPairs: chains,
    }),
  );
}
