/**
 * Node module hooks that give a Node tool (bench:entities, train:confidence) the model files a
 * build with BACKSTORY_NER_MODEL bundles: the same aliases as the Vite build's
 * (ner-model-choice.ts nerWeightsAliases), applied to import specifiers. Registered by
 * use-ner-model.ts; run as `node --import tsx --import ./lib/entities/train/use-ner-model.ts …`.
 */
import { pathToFileURL } from 'node:url';

/** An alias as passed to the hooks thread: the specifier's pattern and the file it resolves to. */
export interface HookAlias {
  pattern: string;
  file: string;
}

type Next = (specifier: string, context: unknown) => unknown;

let aliases: { find: RegExp; url: string }[] = [];

/** Receives the aliases from register() (use-ner-model.ts). */
export function initialize(data: { aliases: HookAlias[] }): void {
  aliases = data.aliases.map((a) => ({
    find: new RegExp(a.pattern),
    url: pathToFileURL(a.file).href,
  }));
}

/** Resolves an aliased specifier (`./model/confidence.json`) to the chosen model's file. */
export function resolve(specifier: string, context: unknown, next: Next): unknown {
  const hit = aliases.find((a) => a.find.test(specifier));
  return next(hit ? hit.url : specifier, context);
}
