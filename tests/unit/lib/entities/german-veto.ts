import { expect } from 'vitest';
import { confidenceEvidence, confidenceOf, shownFrom } from '@/lib/entities/confidence';
import type { EntityType } from '@/lib/entities/tags';
import { entityIn } from './token-spans';

/**
 * Checks of one German veto of confidence.ts (`flag`: germanNotName, or de42b's germanTerm) on
 * `name` typed `type` in `text`, a German page's sentence: `hidden` asserts the veto reads it and
 * the name falls under German's shown threshold even with a tagger's strong margin; `kept`
 * asserts the veto leaves it.
 */
export function germanVeto(flag: 'germanNotName' | 'germanTerm') {
  const evidence = (text: string, name: string, type: EntityType) =>
    confidenceEvidence([entityIn(text, name, type)], text, 'de')[0];
  return {
    hidden(text: string, name: string, type: EntityType) {
      const e = evidence(text, name, type);
      expect(e?.[flag]).toBe(true);
      expect(confidenceOf({ ...e!, margin: 60 })).toBeLessThan(shownFrom('de'));
    },
    kept(text: string, name: string, type: EntityType) {
      expect(evidence(text, name, type)?.[flag]).toBe(false);
    },
  };
}
