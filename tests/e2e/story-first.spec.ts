import { describe, it } from 'vitest';
import { useExtensionBrowser } from './setup-browser';
import { checkStoryFirst } from './story-first';

const env = useExtensionBrowser();

describe('the story first (English interface)', () => {
  it('shows the story’s name, what is new and its first entry in the first screen', async () => {
    await checkStoryFirst(env, {
      lang: 'en',
      recognised: 'Recognised article',
      story: 'This story',
      list: 'Articles of this story you read, newest first',
      newIn: 'New in this article',
      current: 'You are reading this',
      name: "Putin lands in Pyongyang as Kim pledges backing for Russia's war",
      save: 'Save to archive',
    });
  });
});
