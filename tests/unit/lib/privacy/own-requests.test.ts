import { describe, expect, it } from 'vitest';
import {
  createOwnRequestGuard,
  manifestCsp,
  namedConnectOrigins,
  onlineSourceOrigins,
  ownRequestRules,
  restrictOwnRequests,
  type DynamicRules,
  type OnlineSourceSettings,
  type OwnRequestRule,
} from '@/lib/privacy/own-requests';

// The CSP of a build for readers (wxt.config.ts), and of a test build with its one extra origin.
const CSP =
  "default-src 'self'; script-src 'self'; connect-src 'self' https://www.wikidata.org " +
  'https://*.wikipedia.org https://api.gdeltproject.org https:; img-src data:';
const TEST_CSP = CSP.replace('https:;', 'http://127.0.0.1:47213 https:;');
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
/** Where the sources are asked in a build for readers (lib/settings.ts DEFAULT_ENDPOINTS). */
const ENDPOINTS = {
  wikidataApi: 'https://www.wikidata.org/w/api.php',
  wikipediaRest: 'https://{lang}.wikipedia.org/api/rest_v1',
  gdeltApi: 'https://api.gdeltproject.org/api/v2/doc/doc',
};
const OFF: OnlineSourceSettings = { wikipedia: false, outside: false, endpoints: ENDPOINTS };
const ALL_ON: OnlineSourceSettings = { ...OFF, wikipedia: true, outside: true };
const WIKIDATA = 'https://www.wikidata.org/w/api.php?action=wbsearchentities';
const WIKIPEDIA_DE = 'https://de.wikipedia.org/api/rest_v1/page/summary/Kim';
const GDELT = 'https://api.gdeltproject.org/api/v2/doc/doc?query=x';

/** The browser's dynamic rules, in memory; `updates` counts the replacements. */
function memoryRules(initial: OwnRequestRule[] = []) {
  const dnr = {
    stored: initial,
    updates: 0,
    fail: false,
    getDynamicRules: async () => dnr.stored,
    updateDynamicRules: async ({
      removeRuleIds,
      addRules,
    }: {
      removeRuleIds: number[];
      addRules: OwnRequestRule[];
    }) => {
      if (dnr.fail) throw new Error('rule count exceeded');
      dnr.updates += 1;
      dnr.stored = [...dnr.stored.filter((r) => !removeRuleIds.includes(r.id)), ...addRules];
    },
  };
  return dnr satisfies DynamicRules;
}

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

    const dnr = memoryRules([{ id: 9 } as OwnRequestRule]);
    await restrictOwnRequests(dnr, EXT, CSP, {
      syncOrigin: 'https://couch.example.org',
      online: ALL_ON,
    });
    expect(ruleOutcome(dnr.stored, 'https://couch.example.org/db')).toBe('allow');
    expect(dnr.stored.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    await restrictOwnRequests(dnr, EXT, CSP, { syncOrigin: null, online: ALL_ON });
    expect(ruleOutcome(dnr.stored, 'https://couch.example.org/db')).toBe('block');
    expect(ruleOutcome(dnr.stored, WIKIPEDIA_DE)).toBe('allow');
  });
});

describe('the online sources in the rules', () => {
  it('are allowed only while the reader has them on, each at its own origins', () => {
    const named = namedConnectOrigins(CSP);
    expect(onlineSourceOrigins(named, OFF)).toEqual([]);
    expect(onlineSourceOrigins(named, { ...OFF, wikipedia: true })).toEqual([
      'https://www.wikidata.org',
      'https://*.wikipedia.org',
    ]);
    expect(onlineSourceOrigins(named, { ...OFF, outside: true })).toEqual([
      'https://api.gdeltproject.org',
    ]);
    expect(onlineSourceOrigins(named, ALL_ON)).toEqual(named);
    const outcomes = (online: OnlineSourceSettings) =>
      [WIKIDATA, WIKIPEDIA_DE, GDELT].map((url) =>
        ruleOutcome(ownRequestRules(EXT, onlineSourceOrigins(named, online)), url),
      );
    expect(outcomes(OFF)).toEqual(['block', 'block', 'block']);
    expect(outcomes({ ...OFF, wikipedia: true })).toEqual(['allow', 'allow', 'block']);
    expect(outcomes({ ...OFF, outside: true })).toEqual(['block', 'block', 'allow']);
  });

  it("follow where the sources are asked, but never past the CSP's named origins", () => {
    const fake = 'http://127.0.0.1:47213';
    const endpoints = {
      wikidataApi: `${fake}/w/api.php`,
      wikipediaRest: `${fake}/{lang}/api/rest_v1`,
      gdeltApi: `${fake}/api/v2/doc/doc`,
    };
    // The test build's fake APIs: their one origin, while a source asked there is on.
    const named = namedConnectOrigins(TEST_CSP);
    expect(onlineSourceOrigins(named, { ...OFF, endpoints })).toEqual([]);
    expect(onlineSourceOrigins(named, { ...OFF, outside: true, endpoints })).toEqual([fake]);
    // An endpoint no named origin covers is not allowed (the CSP admits any HTTPS origin).
    const elsewhere = { ...ENDPOINTS, gdeltApi: 'https://gdelt.mirror.example/api/v2/doc/doc' };
    expect(
      onlineSourceOrigins(namedConnectOrigins(CSP), {
        ...OFF,
        outside: true,
        endpoints: elsewhere,
      }),
    ).toEqual([]);
  });

  it('the guard writes them at worker start and again whenever the settings change', async () => {
    const dnr = memoryRules([{ id: 1 } as OwnRequestRule, { id: 7 } as OwnRequestRule]);
    let online = OFF;
    const warnings: string[] = [];
    const guard = createOwnRequestGuard({
      dnr,
      extensionHost: EXT,
      csp: CSP,
      readOnline: async () => online,
      initialServer: Promise.resolve('https://couch.example.org'),
      warn: (message) => void warnings.push(message),
    });
    const outcome = (url: string) => ruleOutcome(dnr.stored, url);
    // At start: the rules a past version left are replaced, sync's server kept.
    await guard.refresh();
    expect(dnr.updates).toBe(1);
    expect(dnr.stored.some((r) => r.id === 7)).toBe(false);
    expect(outcome('https://couch.example.org/db/_changes')).toBe('allow');
    expect([WIKIDATA, GDELT].map(outcome)).toEqual(['block', 'block']);

    online = { ...OFF, wikipedia: true };
    await guard.refresh();
    expect([WIKIDATA, WIKIPEDIA_DE, GDELT].map(outcome)).toEqual(['allow', 'allow', 'block']);
    // Nothing changed: the browser's rules are not rewritten.
    await guard.refresh();
    expect(dnr.updates).toBe(2);

    online = { ...OFF, outside: true };
    await guard.refresh();
    expect([WIKIDATA, WIKIPEDIA_DE, GDELT].map(outcome)).toEqual(['block', 'block', 'allow']);
    await guard.allowServer(null);
    expect(outcome('https://couch.example.org/db/_changes')).toBe('block');
    expect(outcome(GDELT)).toBe('allow');

    // A failed update is said, and done at the next change or refresh.
    dnr.fail = true;
    online = OFF;
    await guard.refresh();
    expect(warnings).toEqual(['[Backstory] request rules not set']);
    expect(outcome(GDELT)).toBe('allow');
    dnr.fail = false;
    await guard.refresh();
    expect(outcome(GDELT)).toBe('block');
  });

  it('the guard applies changes in the order they came', async () => {
    const dnr = memoryRules();
    let online = OFF;
    let reads = 0;
    const guard = createOwnRequestGuard({
      dnr,
      extensionHost: EXT,
      csp: CSP,
      // The first read of the settings is slow: what it read is older than what follows.
      readOnline: async () => {
        const now = online;
        if (reads++ === 0) await new Promise((r) => setTimeout(r, 20));
        return now;
      },
      initialServer: Promise.resolve(null),
    });
    const first = guard.refresh();
    await new Promise((r) => setTimeout(r, 5)); // It has read them, and waits.
    online = ALL_ON;
    const second = guard.allowServer('https://couch.example.org');
    await Promise.all([first, second]);
    expect(ruleOutcome(dnr.stored, 'https://couch.example.org/db')).toBe('allow');
    expect(ruleOutcome(dnr.stored, GDELT)).toBe('allow');
  });
});
