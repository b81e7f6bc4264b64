/**
 * Prints, as JSON, what a freshly started worker pays before the first tag: parse the weights,
 * build the lookup table and the name table. Run in a child process by entities.bench.ts.
 */
import { readFileSync } from 'node:fs';
import { getGazetteer } from '../../lib/entities/gazetteer';
import { loadModel, type ModelFile } from '../../lib/entities/model';

const raw = readFileSync(new URL('../../lib/entities/model/weights.json', import.meta.url), 'utf8');
const t0 = performance.now();
loadModel(JSON.parse(raw) as ModelFile);
getGazetteer();
console.log(JSON.stringify({ loadMs: performance.now() - t0 }));
