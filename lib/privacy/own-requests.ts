/**
 * The extension's own requests (its service worker's and pages' fetches) may reach only the
 * online sources the reader has turned on (each off by default) and the one sync server the
 * reader entered. The CSP is fixed in the manifest: it names the online sources' origins whether
 * they are on or not, and must admit any HTTPS origin for sync. These rules, kept as the
 * browser's dynamic declarativeNetRequest rules, narrow that at run time to the origins of the
 * sources that are on and the sync server's origin, and follow the settings as they change.
 * Pages' own requests (content scripts, the pages the reader opens) are not touched: the rules
 * match only requests the extension initiates.
 */

/** A declarativeNetRequest rule, as much of it as these rules use (Chrome and Firefox alike). */
export interface OwnRequestRule {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: {
    initiatorDomains: string[];
    resourceTypes: ResourceType[];
    regexFilter?: string;
  };
}

type ResourceType =
  | 'xmlhttprequest'
  | 'websocket'
  | 'ping'
  | 'other'
  | 'image'
  | 'media'
  | 'font'
  | 'script'
  | 'stylesheet'
  | 'object'
  | 'sub_frame';

// Every kind of request an extension page or worker can make but a tab's navigation (which the
// reader starts: opening an article from the panel). Names both browsers know.
const RESOURCE_TYPES: ResourceType[] = [
  'xmlhttprequest',
  'websocket',
  'ping',
  'other',
  'image',
  'media',
  'font',
  'script',
  'stylesheet',
  'object',
  'sub_frame',
];

/** The ids these rules take among the extension's dynamic rules (it has no others). */
export const OWN_REQUEST_RULE_IDS = { block: 1, firstAllow: 2 } as const;

/**
 * The origins a CSP's connect-src names (`https://www.wikidata.org`, `https://*.wikipedia.org`,
 * `http://127.0.0.1:47213`), without keywords ('self') or bare schemes (`https:`).
 */
export function namedConnectOrigins(csp: string): string[] {
  const directive = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name?.toLowerCase() === 'connect-src');
  return (directive?.slice(1) ?? []).filter((s) => /^[a-z][a-z0-9+.-]*:\/\/[^/]+$/i.test(s));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression (RE2 and JavaScript alike) for the URLs at `origin` (a host may start
 * with `*.`, for its subdomains): scheme, host and port exactly, then the path.
 */
export function originRegex(origin: string): string {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(\*\.)?(\[[0-9a-f:.]+\]|[^/:[\]]+)(?::(\d+))?$/i.exec(origin);
  if (!m) throw new Error(`not an origin: ${origin}`);
  const [, scheme, wildcard, host, port] = m;
  const defaultPort = { http: '80', https: '443', ws: '80', wss: '443' }[scheme!.toLowerCase()];
  const portPart = port && port !== defaultPort ? `:${port}` : '';
  return `^${escape(scheme!.toLowerCase())}://${wildcard ? '([a-z0-9-]+\\.)+' : ''}${escape(host!.toLowerCase())}${escape(portPart)}/`;
}

/**
 * The rules: every request the extension (`extensionHost`, its pages' and worker's host)
 * initiates is blocked, except to `allowed` origins.
 */
export function ownRequestRules(extensionHost: string, allowed: string[]): OwnRequestRule[] {
  const condition = { initiatorDomains: [extensionHost], resourceTypes: RESOURCE_TYPES };
  return [
    { id: OWN_REQUEST_RULE_IDS.block, priority: 1, action: { type: 'block' }, condition },
    ...[...new Set(allowed)].map((origin, i): OwnRequestRule => ({
      id: OWN_REQUEST_RULE_IDS.firstAllow + i,
      priority: 2,
      action: { type: 'allow' },
      condition: { ...condition, regexFilter: originRegex(origin) },
    })),
  ];
}

/** The browser's part: its dynamic rules, read and replaced. */
export interface DynamicRules {
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(update: {
    removeRuleIds: number[];
    addRules: OwnRequestRule[];
  }): Promise<void>;
}

/** The online sources' settings: which are on, and where each is asked (lib/settings.ts). */
export interface OnlineSourceSettings {
  /** Background from Wikidata and Wikipedia. */
  wikipedia: boolean;
  /** Outside coverage from GDELT. */
  outside: boolean;
  endpoints: {
    wikidataApi: string;
    /** With "{lang}" for the wiki's language. */
    wikipediaRest: string;
    gdeltApi: string;
  };
}

/**
 * The CSP's named origins (`cspOrigins`) at which the sources the reader has on are asked: none
 * while both are off. An endpoint outside every named origin gets nothing (the CSP names each
 * origin a source may be asked at; a wildcard one covers every wiki's language).
 */
export function onlineSourceOrigins(cspOrigins: string[], sources: OnlineSourceSettings): string[] {
  const { wikidataApi, wikipediaRest, gdeltApi } = sources.endpoints;
  const urls = [
    ...(sources.wikipedia ? [wikidataApi, wikipediaRest.replaceAll('{lang}', 'en')] : []),
    ...(sources.outside ? [gdeltApi] : []),
  ];
  return cspOrigins.filter((origin) => {
    let re: RegExp;
    try {
      re = new RegExp(originRegex(origin), 'i');
    } catch {
      return false;
    }
    return urls.some((url) => re.test(url));
  });
}

/**
 * Replaces the extension's dynamic rules with these: the CSP's named origins of the online
 * sources turned on and, while sync is set up, its server's origin (`syncOrigin`).
 */
export async function restrictOwnRequests(
  dnr: DynamicRules,
  extensionHost: string,
  csp: string,
  allowed: { syncOrigin: string | null; online: OnlineSourceSettings },
): Promise<void> {
  const origins = allowedOrigins(csp, allowed);
  const old = await dnr.getDynamicRules();
  await dnr.updateDynamicRules({
    removeRuleIds: old.map((r) => r.id),
    addRules: ownRequestRules(extensionHost, origins),
  });
}

function allowedOrigins(
  csp: string,
  { syncOrigin, online }: { syncOrigin: string | null; online: OnlineSourceSettings },
): string[] {
  return [
    ...new Set([
      ...onlineSourceOrigins(namedConnectOrigins(csp), online),
      ...(syncOrigin ? [syncOrigin] : []),
    ]),
  ];
}

/** Keeps the rules in step with sync's server and the online sources' settings. */
export interface OwnRequestGuard {
  /** Allows this sync server's origin (and no other), or none when null; then applies. */
  allowServer(origin: string | null): Promise<void>;
  /**
   * Re-reads the online sources' settings and replaces the rules if what they allow changed:
   * on every change of those settings, and before each request to a source (so that a source
   * just turned on is never refused for a rule not yet written).
   */
  refresh(): Promise<void>;
}

export interface OwnRequestGuardDeps {
  dnr: DynamicRules;
  extensionHost: string;
  csp: string;
  readOnline(): Promise<OnlineSourceSettings>;
  /** The sync server's origin at worker start (from the stored config), or null. */
  initialServer: Promise<string | null>;
  warn?(message: string, error: unknown): void;
}

/**
 * The rules' keeper: one update at a time, in the order asked; the first always writes the
 * rules (at worker start: a new version may allow less than the last one left), later ones only
 * when the allowed origins changed. A failed update is reported, and tried again next time.
 */
export function createOwnRequestGuard(deps: OwnRequestGuardDeps): OwnRequestGuard {
  let server = deps.initialServer.catch(() => null);
  let applied: string | null = null;
  let chain: Promise<void> = Promise.resolve();
  const apply = () => {
    chain = chain.then(async () => {
      try {
        const allowed = { syncOrigin: await server, online: await deps.readOnline() };
        const key = JSON.stringify(allowedOrigins(deps.csp, allowed));
        if (key === applied) return;
        applied = null;
        await restrictOwnRequests(deps.dnr, deps.extensionHost, deps.csp, allowed);
        applied = key;
      } catch (error) {
        deps.warn?.('[Backstory] request rules not set', error);
      }
    });
    return chain;
  };
  return {
    allowServer: (origin) => {
      server = Promise.resolve(origin);
      return apply();
    },
    refresh: apply,
  };
}

/** The extension pages' CSP from the manifest: an object in MV3 (Chrome), a string in MV2. */
export function manifestCsp(manifest: { content_security_policy?: unknown }): string {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return csp;
  const pages = (csp as { extension_pages?: unknown } | undefined)?.extension_pages;
  return typeof pages === 'string' ? pages : '';
}
