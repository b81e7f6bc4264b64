import { loadModel, type Model, type ModelFile } from './model';
// A build with BACKSTORY_NER_MODEL=permissive resolves this import to weights-permissive.json
// (wxt.config.ts, ner-model-choice.ts).
import weights from './model/weights.json';

let model: Model | null = null;

/** The bundled tagger model, decoded on first use and kept for the worker's lifetime. */
export function getModel(): Model {
  model ??= loadModel(weights as ModelFile);
  return model;
}
