/** Groupings for the stories' error lists (stories-errors.ts, stories-cross-errors.ts). */

/** Items grouped by a key. */
export function groupsOf(keys: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  });
  return out;
}

/** How many of `items` each label holds, largest first. */
export function composition(items: number[], label: string[]): [string, number][] {
  const count = new Map<string, number>();
  for (const i of items) count.set(label[i]!, (count.get(label[i]!) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1]);
}
