import { describe, it } from 'vitest';
import { useExtensionBrowser } from './setup-browser';
import { checkStoryFirst } from './story-first';

const env = useExtensionBrowser({ lang: 'fr' });

describe('the story first (French interface)', () => {
  it('shows the story’s name, what is new and its first entry in the first screen', async () => {
    await checkStoryFirst(env, {
      lang: 'fr',
      recognised: 'Article reconnu',
      story: 'Ce sujet',
      list: 'Articles de ce sujet que vous avez lus, du plus récent au plus ancien',
      newIn: 'Nouveau dans cet article',
      current: 'Vous lisez cet article',
      name: 'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang',
      save: 'Enregistrer dans les archives',
    });
  });
});
