import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, type ModelFile } from '@/lib/entities/model';
import {
  BUNDLED_AS_IS,
  LEARNT_PERMISSIVE,
  nerModelName,
  nerWeightsAliases,
  PER_MODEL_FILES,
  permissiveName,
  WEIGHTS_SPECIFIER,
} from '@/lib/entities/ner-model-choice';
import { initialize, resolve as resolveHook } from '@/lib/entities/train/ner-model-hooks';
import { PERMISSIVE_SET_NAMES } from '@/lib/entities/train/permissive-sources';
import { recogniserJsonFiles } from '@/lib/entities/train/recogniser-bundle';
import { TRAIN_SOURCES } from '@/lib/entities/train/sources';

const ENTITIES = resolve(import.meta.dirname, '../../../../lib/entities');

/** The weights module load-tagger.ts imports, as written in its source. */
function loaderImport(): string {
  const src = readFileSync(join(ENTITIES, 'load-tagger.ts'), 'utf8');
  return /import weights from '([^']+)'/.exec(src)?.[1] ?? '';
}

describe('BACKSTORY_NER_MODEL: which weights the build bundles', () => {
  it('keeps the shipped weights by default: no alias, the loader imports weights.json', () => {
    expect(loaderImport()).toBe(WEIGHTS_SPECIFIER);
    expect(resolve(ENTITIES, loaderImport())).toBe(join(ENTITIES, 'model/weights.json'));
    for (const value of [undefined, '', 'shipped']) {
      expect(nerModelName(value)).toBe('shipped');
      expect(nerWeightsAliases(value)).toEqual([]);
    }
  });

  it('sends the loader to weights-permissive.json for a permissive build', () => {
    const aliases = nerWeightsAliases('permissive');
    const hit = aliases.filter((a) => a.find.test(loaderImport()));
    expect(hit.map((a) => a.replacement)).toEqual([
      join(ENTITIES, 'model/weights-permissive.json'),
    ]);
    // Only that import: the alias never catches another module.
    expect(aliases.some((a) => a.find.test('./model/gazetteer.json'))).toBe(false);
    expect(aliases.some((a) => a.find.test('../model/weights.json'))).toBe(false);
    expect(aliases.some((a) => a.find.test('./model/weightsXjson'))).toBe(false);
    // A file the same tagger loads, and not the shipped weights.
    const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as ModelFile;
    const permissive = read(hit[0]!.replacement);
    const shipped = read(join(ENTITIES, 'model/weights.json'));
    expect(loadModel(permissive).mask).toBe(loadModel(shipped).mask);
    expect(permissive.weights).not.toBe(shipped.weights);
  });

  it('redirects every per-model file listed, each to its own permissive file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-model-'));
    for (const f of ['weights-permissive.json', 'clusters-permissive.json']) {
      writeFileSync(join(dir, f), '{}');
    }
    const aliases = nerWeightsAliases('permissive', dir, ['weights.json', 'clusters.json']);
    const to = (spec: string) => aliases.filter((a) => a.find.test(spec)).map((a) => a.replacement);
    expect(to('./model/weights.json')).toEqual([join(dir, 'weights-permissive.json')]);
    expect(to('./model/clusters.json')).toEqual([join(dir, 'clusters-permissive.json')]);
    expect(to('./model/confidence.json')).toEqual([]);
  });

  it('fails the build on a misspelt model or missing permissive weights', () => {
    expect(() => nerModelName('permisive')).toThrow(/BACKSTORY_NER_MODEL/);
    const empty = mkdtempSync(join(tmpdir(), 'ner-model-'));
    expect(() => nerWeightsAliases('permissive', empty)).toThrow(/train:ner -- --permissive/);
  });
});

/** The sets each permissive file says it was learnt from (its provenance field). */
const PROVENANCE: Record<string, (dir: string) => string[]> = {
  'weights.json': (dir) =>
    (
      JSON.parse(readFileSync(join(dir, 'training-sets-permissive.json'), 'utf8')) as {
        sets: { name: string }[];
      }
    ).sets.map((s) => s.name),
  'confidence.json': (dir) =>
    (
      JSON.parse(readFileSync(join(dir, 'confidence-permissive.json'), 'utf8')) as {
        fittedOn: string[];
      }
    ).fittedOn,
  'common-words.json': (dir) =>
    (
      JSON.parse(readFileSync(join(dir, 'common-words-permissive.json'), 'utf8')) as {
        sets: string[];
      }
    ).sets,
};

describe('a permissive build carries nothing learnt from research-only or non-commercial data', () => {
  it('bundles, besides sources of no NER data, only -permissive.json model files', async () => {
    const files = await recogniserJsonFiles('permissive');
    const learnt = files.filter((f) => !(f in BUNDLED_AS_IS) && !(f in LEARNT_PERMISSIVE));
    expect(learnt.length).toBeGreaterThan(0);
    expect(
      learnt.filter((f) => !/^lib\/entities\/model\/[\w-]+-permissive\.json$/.test(f)),
    ).toEqual([]);
    // Every model file of the shipped build has its twin or is bundled as is.
    const shipped = await recogniserJsonFiles(undefined);
    const model = (f: string) => f.replace('lib/entities/model/', '');
    expect(
      shipped.filter(
        (f) =>
          !(f in BUNDLED_AS_IS) && !(f in LEARNT_PERMISSIVE) && !PER_MODEL_FILES.includes(model(f)),
      ),
    ).toEqual([]);
    expect(learnt.map(model).sort()).toEqual(PER_MODEL_FILES.map(permissiveName).sort());
  });

  it('each permissive file names the sets it was learnt from, all permissive', () => {
    const dir = join(ENTITIES, 'model');
    const shippedOnly = TRAIN_SOURCES.map((s) => s.name).filter(
      (n) => !PERMISSIVE_SET_NAMES.includes(n),
    );
    expect(shippedOnly).toContain('en-conll2003');
    expect(Object.keys(PROVENANCE).sort()).toEqual([...PER_MODEL_FILES].sort());
    for (const file of PER_MODEL_FILES) {
      const sets = PROVENANCE[file]!(dir);
      expect(sets.length, file).toBeGreaterThan(0);
      expect(
        sets.filter((s) => !PERMISSIVE_SET_NAMES.includes(s)),
        file,
      ).toEqual([]);
    }
  });

  it('bundles in both builds only files learnt from permissive sets, which they name', async () => {
    const root = resolve(ENTITIES, '../..');
    const both = (await recogniserJsonFiles('permissive')).filter((f) => f in LEARNT_PERMISSIVE);
    expect(both.sort()).toEqual(Object.keys(LEARNT_PERMISSIVE).sort());
    for (const file of Object.keys(LEARNT_PERMISSIVE)) {
      const { sets } = JSON.parse(readFileSync(join(root, file), 'utf8')) as { sets: string[] };
      expect(sets.length, file).toBeGreaterThan(0);
      expect(
        sets.filter((s) => !PERMISSIVE_SET_NAMES.includes(s)),
        file,
      ).toEqual([]);
    }
  });

  it('gives a Node tool the same files as the build (use-ner-model.ts hooks)', () => {
    const aliases = nerWeightsAliases('permissive');
    initialize({ aliases: aliases.map((a) => ({ pattern: a.find.source, file: a.replacement })) });
    const next = (specifier: string) => specifier;
    expect(resolveHook('./model/confidence.json', {}, next)).toBe(
      `file://${join(ENTITIES, 'model/confidence-permissive.json')}`,
    );
    expect(resolveHook('./model/common-words.json', {}, next)).toBe(
      `file://${join(ENTITIES, 'model/common-words-permissive.json')}`,
    );
    expect(resolveHook('./model/gazetteer.json', {}, next)).toBe('./model/gazetteer.json');
  });
});
