import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, type ModelFile } from '@/lib/entities/model';
import {
  nerModelName,
  nerWeightsAliases,
  WEIGHTS_SPECIFIER,
} from '@/lib/entities/ner-model-choice';

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
