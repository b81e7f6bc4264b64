/**
 * V8's sampling heap profiler for the profile scripts (profile-timeline.ts, profile-add.ts): with
 * HEAP_SAMPLING=1, the bytes allocated per call by the functions that allocate most (TOP, default
 * 25); with BY_CALLER=1 too, each put to the innermost frame of lib/ on its stack.
 */
import { Session } from 'node:inspector/promises';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/**
 * With `on`, V8's sampling heap profiler over what follows, objects collected since included:
 * the returned function prints the bytes allocated per call (of `n`) by the functions that
 * allocate most.
 */
export async function startHeapSampling(
  on: boolean,
  per: string,
): Promise<(n: number) => Promise<void>> {
  if (!on) return async () => {};
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as object);
  return async (n) => {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: SamplingNode };
    };
    const bytes = new Map<string, number>();
    let total = 0;
    const label = (f: SamplingNode['callFrame']) =>
      `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    // With BY_CALLER=1, each allocation is put to the innermost frame of our own code (lib/)
    // on its stack, with the function that allocated it (asynchronous continuations start
    // their stacks afresh: those are put to their outermost frame).
    const byCaller = !!process.env.BY_CALLER;
    const walk = (node: SamplingNode, ours: string | undefined, outer: string | undefined) => {
      const f = node.callFrame;
      const here = label(f);
      const mine = f.url.includes('/lib/') && !f.url.includes('node_modules') ? here : ours;
      const top = outer ?? (f.functionName && f.functionName !== '(root)' ? here : undefined);
      const name = byCaller ? `${mine ?? `[${top}]`} <- ${here}` : here;
      bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
      total += node.selfSize;
      for (const c of node.children) walk(c, mine, top);
    };
    walk(profile.head, undefined, undefined);
    console.log(`  allocated: ${Math.round(total / n / 1024)} KB per ${per}; most by:`);
    for (const [name, b] of [...bytes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.TOP ?? 25))) {
      console.log(`    ${String(Math.round(b / n / 1024)).padStart(6)} KB  ${name}`);
    }
  };
}
