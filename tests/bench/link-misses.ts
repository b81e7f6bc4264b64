/**
 * How often the band cap (copy-links.ts LINK_PER_BAND, near-copies.ts PER_BAND: 16 rows read per
 * band) hides a near copy, on bench:near's archive (ECB+ words drawn by frequency, one line in ten
 * a whole ECB+ sentence, the ECB+ dev texts among them), in memory: the rows are linked one at a
 * time in id order, as each is written (linkRows through a reader over in-memory band lists, the
 * index's order: ascending ids), then each row's copies are read from its groups as the timeline
 * reads them (GROUP_READ rows per group, founders). The truth: every two rows that share a band
 * and are near copies (isNearCopy), the band read whole. The ECB+ texts are put at random places
 * among the others (`spread`, the default; a copy is read any time after what it copies) or
 * first (`first`, as bench:near writes them). Prints the pairs, those missed by the links, those
 * whose shared bands are all crowded (more than 16 rows before the later one), and one line of JSON.
 *
 *   npx tsx tests/bench/link-misses.ts [count] [corpus dir] [spread|first] [oldest|newest]
 */
import { loadavg } from 'node:os';
import { GROUP_READ, LINK_PER_BAND, linkRows, type LinkReader } from '../../lib/db/copy-links';
import type { LightArticle } from '../../lib/db/light-articles';
import { isNearCopy } from '../../lib/db/near-copy';
import { benchLightRow, fillerTexts, readEcbDev, seededDraws } from './ecb-archive';

const COUNT = Number(process.argv[2] ?? 50_000);
const DIR = process.argv[3] ?? '../shared/corpus';
const PLACE = process.argv[4] ?? 'spread';
const ORDER = process.argv[5] ?? 'oldest';

const docs = readEcbDev(DIR);
const rnd = seededDraws(7);
const filler = fillerTexts(docs, rnd);
const t0 = performance.now();
// Where each ECB+ text goes among the COUNT rows.
const slots = new Map<number, string>();
if (PLACE === 'first') docs.forEach((d, i) => slots.set(i + 1, d.text));
else {
  const place = seededDraws(11);
  for (const d of docs) {
    let id: number;
    do id = 1 + Math.floor(place() * COUNT);
    while (slots.has(id));
    slots.set(id, d.text);
  }
}
const rows: LightArticle[] = [];
for (let id = 1; id <= COUNT; id++) rows.push(benchLightRow(id, slots.get(id) ?? filler()));
const byId = new Map(rows.map((r) => [r.id, r]));
console.log(
  `${rows.length} rows (ECB+ ${PLACE}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// The band index as the rows are written: each band's ids, ascending.
const bandIds = new Map<number, number[]>();
const groupIds = new Map<number, number[]>();
const reader: LinkReader = {
  async idsWithBand(band, limit) {
    const ids = bandIds.get(band) ?? [];
    return ORDER === 'newest' ? ids.slice(-limit).reverse() : ids.slice(0, limit);
  },
  async rows(ids) {
    return ids.map((id) => byId.get(id));
  },
};
const t1 = performance.now();
for (const r of rows) {
  await linkRows(reader, [r]);
  for (const b of r.nearBands ?? []) {
    const list = bandIds.get(b);
    if (list) list.push(r.id);
    else bandIds.set(b, [r.id]);
  }
  for (const g of r.copyGroups ?? []) {
    const list = groupIds.get(g);
    if (list) list.push(r.id);
    else groupIds.set(g, [r.id]);
  }
}
const linkMs = performance.now() - t1;

/** A row's copies as linkedCopiesOfEach reads them: its groups' first GROUP_READ rows, founders. */
function linkedCopies(r: LightArticle): Set<number> {
  const out = new Set<number>();
  for (const g of [r.id, ...(r.copyGroups ?? [])]) {
    for (const id of [g, ...(groupIds.get(g) ?? []).slice(0, GROUP_READ)]) {
      const c = byId.get(id);
      if (id !== r.id && c?.nearPrint && isNearCopy(r.nearPrint!, c.nearPrint)) out.add(id);
    }
  }
  return out;
}

// The truth: near copies sharing a band, the band read whole.
const pairs = new Map<string, [number, number]>();
for (const ids of bandIds.values()) {
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [byId.get(ids[i]!)!, byId.get(ids[j]!)!];
      if (isNearCopy(a.nearPrint!, b.nearPrint!)) pairs.set(`${a.id}:${b.id}`, [a.id, b.id]);
    }
  }
}
let missed = 0;
let crowdedOnly = 0;
let missedCrowded = 0;
let ecb = 0;
let ecbMissed = 0;
const crowdedSizes: number[] = [];
for (const [a, b] of pairs.values()) {
  const [ra, rb] = [byId.get(a)!, byId.get(b)!];
  const found = linkedCopies(rb).has(a) || linkedCopies(ra).has(b);
  // When b was written, was a among the rows read for each band they share?
  const shared = rb.nearBands!.filter((x) => ra.nearBands!.includes(x));
  const reach = (band: number) => {
    const before = bandIds.get(band)!.filter((id) => id < b);
    return ORDER === 'newest'
      ? before.slice(-LINK_PER_BAND).includes(a)
      : before.slice(0, LINK_PER_BAND).includes(a);
  };
  const crowded = shared.every((x) => !reach(x));
  if (crowded) {
    crowdedOnly++;
    crowdedSizes.push(Math.max(...shared.map((x) => bandIds.get(x)!.length)));
  }
  const isEcb = slots.has(a) && slots.has(b);
  if (isEcb) ecb++;
  if (!found) {
    missed++;
    if (crowded) missedCrowded++;
    if (isEcb) ecbMissed++;
  }
}
const sizes = [...bandIds.values()].map((l) => l.length);
const over = sizes.filter((n) => n > LINK_PER_BAND).length;
console.log(
  `linked ${rows.length} rows in ${(linkMs / 1000).toFixed(1)} s (${ORDER} ${LINK_PER_BAND} per band); ` +
    `${sizes.length} bands, ${over} with more than ${LINK_PER_BAND} rows, largest ${sizes.reduce((a, b) => Math.max(a, b), 0)}`,
);
console.log(
  `near-copy pairs sharing a band: ${pairs.size} (ECB+ ${ecb}); missed by the links ${missed} ` +
    `(ECB+ ${ecbMissed}); sharing only crowded bands ${crowdedOnly}, of them missed ${missedCrowded}`,
);
console.log(
  JSON.stringify({
    bench: 'link-misses',
    rows: rows.length,
    place: PLACE,
    order: ORDER,
    pairs: pairs.size,
    ecbPairs: ecb,
    missed,
    ecbMissed,
    crowdedOnly,
    missedCrowded,
    crowdedBandSizes: crowdedSizes.sort((x, y) => y - x).slice(0, 10),
    bandsOver: over,
    largestBand: sizes.reduce((a, b) => Math.max(a, b), 0),
    linkSeconds: +(linkMs / 1000).toFixed(1),
    loadavg: loadavg().map((x) => +x.toFixed(2)),
  }),
);
