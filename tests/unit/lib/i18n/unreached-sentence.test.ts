import { describe, expect, it } from 'vitest';
import { createTranslator, unreachedSentence } from '@/lib/i18n/translate';
import fr from '@/public/_locales/fr/messages.json';

const t = createTranslator();

describe('unreachedSentence', () => {
  it('says in plain words, with what to do, that the background did not answer', () => {
    for (const error of [
      'Could not establish connection. Receiving end does not exist.',
      'The message port closed before a response was received.',
      'Extension context invalidated.',
    ]) {
      expect(unreachedSentence(t, error, 'loadError')).toBe(
        'Backstory did not answer: it may have been restarting. Close this and open it again.',
      );
    }
    expect(
      unreachedSentence(createTranslator(fr), 'Receiving end does not exist.', 'searchError'),
    ).toBe(
      'Backstory n’a pas répondu : il redémarrait peut-être. Fermez cette fenêtre et rouvrez-la.',
    );
  });

  it('gives any other error as it is, in the sentence asked for', () => {
    expect(unreachedSentence(t, 'worker gone', 'loadError')).toBe(
      'Backstory could not load this: worker gone',
    );
    expect(unreachedSentence(t, 'index damaged', 'searchError')).toBe(
      'Search failed: index damaged',
    );
  });
});
