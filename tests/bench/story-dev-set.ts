import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStorySet, type STORY_SETS, type StorySet } from '@/lib/stories/train/story-sets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The dev set a stories tool runs on, from its arguments `[CORPUS_DIR] [uci|ecbplus]`
 * (../shared/corpus and uci by default); null when it is missing, said on stderr under the
 * tool's name, for the tool to exit 2.
 */
export function devSetFromArgs(
  tool: string,
): { name: keyof typeof STORY_SETS; set: StorySet } | null {
  const corpus = process.argv[2] ?? join(ROOT, '../shared/corpus');
  const name = (process.argv[3] ?? 'uci') as keyof typeof STORY_SETS;
  const set = loadStorySet(corpus, name);
  if (!set) {
    console.error(`${tool}: no ${name} dev set under ${corpus}`);
    return null;
  }
  return { name, set };
}
