/** A JSON-LD node as found on pages: any object, untrusted. */
export type JsonLdNode = Record<string, unknown>;

// A hostile or broken page can ship megabytes of JSON-LD; past this we do not parse it.
const MAX_JSON_LD_CHARS = 500_000;

/** Parses every JSON-LD script of the page and flattens arrays and @graph into one node list. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  // By tag name, not by selector: linkedom compiles a selector on every query.
  return readJsonLdScripts(Array.from(doc.getElementsByTagName('script')).filter(isJsonLdScript));
}

/** readJsonLd on JSON-LD scripts already found. */
export function readJsonLdScripts(scripts: Element[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    // Many CMSs wrap JSON-LD in a CDATA section.
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue; // Broken JSON-LD is common; the other sources still count.
    }
    collectNodes(parsed, nodes, 0);
  }
  return nodes;
}

/** `<script type="application/ld+json">`, the type trimmed and in any case. */
export function isJsonLdScript(el: Element): boolean {
  return el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
}

function collectNodes(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (Array.isArray(node['@graph'])) collectNodes(node['@graph'], out, depth + 1);
}

/** The node's @type as a list ("@type" may be a string or an array of strings). */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

// Types that make a page an article (detection). Forum and social posts are not.
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
]);

// Types whose dates, authors and headline describe the page's main text (metadata).
const POSTING_TYPES = new Set([
  ...ARTICLE_TYPES,
  'AdvertiserContentArticle',
  'SatiricalArticle',
  'MedicalScholarlyArticle',
  'TechArticle',
  'SocialMediaPosting',
  'DiscussionForumPosting',
]);

const hasType = (n: JsonLdNode, set: Set<string>) =>
  typesOf(n).some((t) => set.has(t.replace(/^(https?:\/\/schema\.org\/|schema:)/, '')));

/** The first node typed as an article (NewsArticle, BlogPosting, …), if any. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  return nodes.find((n) => hasType(n, ARTICLE_TYPES));
}

/** The first node that describes the page's main text (articles, and also posts), if any. */
export function findMainTextNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  return findArticleNode(nodes) ?? nodes.find((n) => hasType(n, POSTING_TYPES));
}

/** A string property, or the `name` of an object property (publisher: {name}). */
export function stringProp(node: JsonLdNode | undefined, key: string): string | null {
  const v = node?.[key];
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0].trim() || null : null;
  if (v && typeof v === 'object' && typeof (v as JsonLdNode).name === 'string') {
    return ((v as JsonLdNode).name as string).trim() || null;
  }
  return null;
}
