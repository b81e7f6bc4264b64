import { describe, expect, it } from 'vitest';
import {
  manifestCsp,
  namedConnectOrigins,
  ownRequestRules,
  restrictOwnRequests,
  type DynamicRules,
  type OwnRequestRule,
} from '@/lib/privacy/own-requests';

// The CSP of a build for readers (wxt.config.ts), and of a test build with its one extra origin.
const CSP =
  "default-src 'self'; script-src 'self'; connect-src 'self' https://www.wikidata.org " +
  'https://*.wikipedia.org https://api.gdeltproject.org https:; img-src data:';
const TEST_CSP = CSP.replace('https:;', 'http://127.0.0.1:47213 https:;');
const EXT = 'abcdefghijklmnopabcdefghijklmnop';

/**
 * What the rules decide for a request the extension makes to `url`, as the browser does: the
 * highest priority among the matching rules (the regular expressions are RE2's subset).
 */
function ruleOutcome(rules: OwnRequestRule[], url: string): 'allow' | 'block' | 'none' {
  const matching = rules
    .filter((r) => !r.condition.regexFilter || new RegExp(r.condition.regexFilter, 'i').test(url))
    .sort((a, b) => b.priority - a.priority);
  return matching[0]?.action.type ?? 'none';
}

describe("the extension's own requests", () => {
  it("reads the CSP's named connect-src origins, not its keywords or bare schemes", () => {
    expect(namedConnectOrigins(TEST_CSP)).toEqual([
      'https://www.wikidata.org',
      'https://*.wikipedia.org',
      'https://api.gdeltproject.org',
      'http://127.0.0.1:47213',
    ]);
    expect(manifestCsp({ content_security_policy: { extension_pages: CSP } })).toBe(CSP);
    expect(manifestCsp({ content_security_policy: CSP })).toBe(CSP);
  });

  it('reach the online sources and the one sync server entered, nothing else', () => {
    const rules = ownRequestRules(EXT, [
      ...namedConnectOrigins(CSP),
      'https://couch.example.org:6984',
    ]);
    for (const url of [
      'https://www.wikidata.org/w/api.php?action=wbsearchentities',
      'https://fr.wikipedia.org/api/rest_v1/page/summary/Kim',
      'https://api.gdeltproject.org/api/v2/doc/doc?query=x',
      'https://couch.example.org:6984/backstory/_bulk_docs',
      'https://COUCH.example.org:6984/',
    ]) {
      expect(ruleOutcome(rules, url), url).toBe('allow');
    }
    for (const url of [
      'https://couch.example.org/backstory', // another port
      'https://couch.example.org:6984.evil.example/',
      'https://couch.example.org.evil.example:6984/',
      'http://couch.example.org:6984/backstory', // another scheme
      'https://evil.example/?https://couch.example.org:6984/',
      'https://wikipedia.org.evil.example/',
      'https://wikipediaxorg/',
      'https://www.wikidataxorg/',
      'https://tracker.example/pixel.gif',
    ]) {
      expect(ruleOutcome(rules, url), url).toBe('block');
    }
    // Only what the extension itself starts: the rules name it as the initiator.
    for (const r of rules) expect(r.condition.initiatorDomains).toEqual([EXT]);
  });

  it("a default port is the origin's own; sync turned off allows the CSP's origins only", async () => {
    const rules = ownRequestRules(EXT, ['https://couch.example.org:443', 'http://[::1]:5984']);
    expect(ruleOutcome(rules, 'https://couch.example.org/db')).toBe('allow');
    expect(ruleOutcome(rules, 'http://[::1]:5984/db')).toBe('allow');
    expect(ruleOutcome(rules, 'http://[::2]:5984/db')).toBe('block');

    let stored: OwnRequestRule[] = [{ id: 9 } as OwnRequestRule];
    const dnr: DynamicRules = {
      getDynamicRules: async () => stored,
      updateDynamicRules: async ({ removeRuleIds, addRules }) => {
        stored = [...stored.filter((r) => !removeRuleIds.includes(r.id)), ...addRules];
      },
    };
    await restrictOwnRequests(dnr, EXT, CSP, 'https://couch.example.org');
    expect(ruleOutcome(stored, 'https://couch.example.org/db')).toBe('allow');
    expect(stored.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    await restrictOwnRequests(dnr, EXT, CSP, null);
    expect(ruleOutcome(stored, 'https://couch.example.org/db')).toBe('block');
    expect(ruleOutcome(stored, 'https://de.wikipedia.org/api/rest_v1/')).toBe('allow');
  });
});
