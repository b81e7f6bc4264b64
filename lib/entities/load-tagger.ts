import { loadModel, type Model, type ModelFile } from './model';
import weights from './model/weights.json';

let model: Model | null = null;

/** The shipped tagger model, decoded on first use and kept for the worker's lifetime. */
export function getModel(): Model {
  model ??= loadModel(weights as ModelFile);
  return model;
}
