/**
 * The entity recogniser as a build bundles it (find-entities.ts and what it imports, minified),
 * for one model choice: the Vite build's aliases (ner-model-choice.ts) applied by an esbuild
 * plugin. Node only: bench:entities (bundle size of each model) and ner-model-choice.test.ts
 * (which JSON files a permissive build carries).
 */
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { MODEL_DIR, nerWeightsAliases } from '../ner-model-choice';

const FIND_ENTITIES = join(MODEL_DIR, '../find-entities.ts');
const REPO = join(MODEL_DIR, '../../..');

function aliasPlugin(aliases: { find: RegExp; replacement: string }[]): Plugin {
  return {
    name: 'ner-model',
    setup(b) {
      for (const a of aliases) b.onResolve({ filter: a.find }, () => ({ path: a.replacement }));
    },
  };
}

async function bundle(value: string | undefined, minify: boolean, modelDir: string) {
  return build({
    entryPoints: [FIND_ENTITIES],
    bundle: true,
    minify,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    plugins: [aliasPlugin(nerWeightsAliases(value, modelDir))],
  });
}

/** The gzipped size (gzip -9, KB) of the minified recogniser for BACKSTORY_NER_MODEL=`value`. */
export async function recogniserGzipKB(
  value: string | undefined,
  modelDir = MODEL_DIR,
): Promise<number> {
  const out = await bundle(value, true, modelDir);
  const bytes = out.outputFiles.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

/** The JSON files the recogniser carries for BACKSTORY_NER_MODEL=`value` (paths in the repository). */
export async function recogniserJsonFiles(
  value: string | undefined,
  modelDir = MODEL_DIR,
): Promise<string[]> {
  const out = await bundle(value, false, modelDir);
  return Object.keys(out.metafile.inputs)
    .filter((p) => p.endsWith('.json'))
    .map((p) => relative(REPO, resolve(p)))
    .sort();
}
