/**
 * The extension's own requests (its service worker's and pages' fetches) may reach only the
 * origins its CSP names (the online sources, off until the reader turns them on) and the one
 * sync server the reader entered. The CSP is fixed in the manifest and must admit any HTTPS
 * origin for sync; these rules, kept as the browser's dynamic declarativeNetRequest rules,
 * narrow that to the one origin at run time. Pages' own requests (content scripts, the pages
 * the reader opens) are not touched: the rules match only requests the extension initiates.
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

/**
 * Replaces the extension's dynamic rules with these: the CSP's named origins and, while sync
 * is set up, its server's origin (`syncOrigin`).
 */
export async function restrictOwnRequests(
  dnr: DynamicRules,
  extensionHost: string,
  csp: string,
  syncOrigin: string | null,
): Promise<void> {
  const allowed = [...namedConnectOrigins(csp), ...(syncOrigin ? [syncOrigin] : [])];
  const old = await dnr.getDynamicRules();
  await dnr.updateDynamicRules({
    removeRuleIds: old.map((r) => r.id),
    addRules: ownRequestRules(extensionHost, allowed),
  });
}

/** The extension pages' CSP from the manifest: an object in MV3 (Chrome), a string in MV2. */
export function manifestCsp(manifest: { content_security_policy?: unknown }): string {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return csp;
  const pages = (csp as { extension_pages?: unknown } | undefined)?.extension_pages;
  return typeof pages === 'string' ? pages : '';
}
