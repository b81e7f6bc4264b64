import en from '../../public/_locales/en/messages.json';

/** Every message of the interface (keys of public/_locales/en/messages.json). */
export type MessageKey = keyof typeof en;

/** Looks a message up and fills in $1…$9. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

type Messages = Record<string, { message: string }>;

/** A translator over one messages.json (tests, and the fallback when the browser has no text). */
export function createTranslator(messages: Messages = en): Translate {
  return (key, ...subs) => fill(messages[key]?.message ?? en[key]?.message ?? key, subs);
}

/**
 * The browser's translator (browser.i18n: the interface follows the browser's language), with
 * the English text as fallback.
 */
export function createBrowserTranslator(
  getMessage: (key: MessageKey, subs?: string[]) => string,
): Translate {
  const fallback = createTranslator(en);
  return (key, ...subs) => getMessage(key, subs.map(String)) || fallback(key, ...subs);
}

function fill(message: string, subs: (string | number)[]): string {
  return message.replace(/\$([1-9])/g, (m, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? m : String(sub);
  });
}

/**
 * The message for a count under the language's plural rules (Intl.PluralRules): `one` for its
 * singular category (French puts 0 there: "0 article enregistré"), `other` else; $1 is the count
 * written as the language writes numbers ("1 234" in French).
 */
export function countMessage(
  t: Translate,
  locale: string,
  n: number,
  one: MessageKey,
  other: MessageKey,
): string {
  return t(pluralCategory(locale, n) === 'one' ? one : other, formatNumber(n, locale));
}

function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(n);
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}

/** A number as the interface's language writes it ("2,4" in French, "2.4" in English). */
export function formatNumber(
  n: number,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string {
  try {
    return new Intl.NumberFormat(locale, options).format(n);
  } catch {
    return new Intl.NumberFormat('en', options).format(n);
  }
}

/** "1 article", "2 articles", in the interface's language (`locale`: its plural rules). */
export function countArticles(t: Translate, n: number, locale = 'en'): string {
  return countMessage(t, locale, n, 'articleCountOne', 'articleCountMany');
}

// Reasons the extraction gives in English, mapped to messages; other reasons show as they are.
const REASONS: Record<string, MessageKey> = {
  'a front page': 'reasonFrontPage',
  'a list of articles': 'reasonListing',
  'a list of headlines': 'reasonListing',
  'search results': 'reasonSearch',
  'a video page': 'reasonVideo',
  'a forum or discussion': 'reasonForum',
  'not enough text for an article': 'reasonShort',
  'the text seems to be in a frame from another site, which Backstory cannot read':
    'reasonForeignFrame',
};

/** A not-an-article reason in the interface's language. */
export function translateReason(t: Translate, reason: string): string {
  const key = REASONS[reason];
  return key ? t(key) : reason;
}

/**
 * The sentence telling the reader an article could not be stored (`reason`: the error, as the
 * background wrote it): a full storage is said in plain words with what to do (make room in
 * Options); any other error is given in brackets, with the advice to reload.
 */
export function failedSentence(t: Translate, reason: string): string {
  return storageFull(reason) ? t('statusFailedFull') : t('statusFailed', reason);
}

/** Why saving to (or taking out of) the archive failed, in a sentence: as failedSentence. */
export function saveFailedSentence(t: Translate, error: string): string {
  return storageFull(error) ? t('saveFailedFull') : t('saveFailed', error);
}

/**
 * Why the panel could not load (`loadError`) or search (`searchError`), in a sentence: a
 * background that did not answer (a worker restarting, an extension just updated) is said in
 * plain words with what to do, not as the browser's "Receiving end does not exist"; any other
 * error is given as it is.
 */
export function unreachedSentence(
  t: Translate,
  error: string,
  key: 'loadError' | 'searchError',
): string {
  return backgroundUnreached(error) ? t('backgroundUnreached') : t(key, error);
}

/**
 * The browsers' words for a message no one answered: Chrome's and Firefox's "Could not
 * establish connection. Receiving end does not exist.", a port closed before the answer, a
 * context invalidated by an update.
 */
function backgroundUnreached(error: string): boolean {
  return /Receiving end does not exist|message port closed|context invalidated/i.test(error);
}

/** IndexedDB's and Dexie's name for a full storage, in "name: message" or String(error). */
function storageFull(error: string): boolean {
  return /QuotaExceeded/i.test(error);
}

// Reasons that say the page lists articles: the reader is told to open one of them.
const LIST_REASONS = new Set(['a front page', 'a list of articles', 'a list of headlines']);

// Reasons said in a sentence of their own: what the page is and, where there is one, what to do.
const REASON_SENTENCES: Record<string, MessageKey> = {
  'search results': 'statusSearchPage',
  'a video page': 'statusVideoPage',
  'a forum or discussion': 'statusForumPage',
  'not enough text for an article': 'statusShortPage',
  'the text seems to be in a frame from another site, which Backstory cannot read':
    'statusFramedPage',
};

/**
 * The sentence telling the reader why a page was left alone (`reason`: the extraction's, in
 * English, or empty), in plain words: a front page or a list of articles says it is one, and what
 * to do (open one of its articles); search results say to open a result; a video, a forum, a page
 * with too little text or an article in another site's frame each say what the page is. Only a
 * reason this does not know is given in brackets.
 */
export function notArticleSentence(t: Translate, reason: string | undefined): string {
  if (!reason) return t('statusNotArticle');
  if (LIST_REASONS.has(reason)) return t('statusListPage', translateReason(t, reason));
  if (Object.hasOwn(REASON_SENTENCES, reason)) return t(REASON_SENTENCES[reason]!);
  return t('statusNotArticleWhy', translateReason(t, reason));
}

// Why an online source said nothing (lib/online failure reasons), mapped to messages.
const ONLINE_REASONS: Record<string, MessageKey> = {
  offline: 'onlineReasonOffline',
  timeout: 'onlineReasonTimeout',
  'bad-response': 'onlineReasonBadResponse',
  'rate-limited': 'onlineReasonRateLimited',
};

/** An online source's failure reason in the interface's language; others show as they are. */
export function translateOnlineReason(t: Translate, reason: string): string {
  return Object.hasOwn(ONLINE_REASONS, reason) ? t(ONLINE_REASONS[reason]!) : reason;
}

/** An entity type as one word in the interface's language ("Person", "Personne"). */
export function entityTypeLabel(t: Translate, type: 'PER' | 'LOC' | 'ORG'): string {
  return t(({ PER: 'cardTypePER', LOC: 'cardTypeLOC', ORG: 'cardTypeORG' } as const)[type]);
}

/** The interface's translator and locale. */
export interface I18n {
  t: Translate;
  /** BCP 47 locale for dates and language names ("fr", "en-US"). */
  locale: string;
}
