import { Fragment, type ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  formatDay,
  formatDayOfYear,
  formatDayRange,
  hostOf,
  languageName,
  oneYear,
} from '@/lib/format/display';
import { countArticles, countMessage } from '@/lib/i18n/translate';
import { apartRoomDropped, apartRoomPlace, factsRoomPlace } from '@/lib/ui/apart-room';
import { measuredLines, newInPreview } from '@/lib/ui/new-in-preview';
import { sameHeadline, storyHeadline } from '@/lib/ui/story-name';
import { safeHref } from '@/lib/url/safe-href';
import type {
  ArticleSummary,
  ArticleTimeline,
  NewInArticle,
  StorySummary,
  TimelineCopy,
  TimelineEntry,
} from '@/lib/messaging/protocol';
import { CardActions, readerHref } from './article-card';
import { Facts } from './facts';
import { foldOnEscape } from './fold-on-escape';
import { Headline } from './headline';
import { useI18n } from './i18n';

/**
 * The article is in a story with others the reader has, or was read on another site too (its
 * copies, one entry with it): the panel shows the story first.
 */
export function inStory(timeline: ArticleTimeline | null | undefined): boolean {
  return !!timeline?.story && timeline.entries.some((e) => !e.current || !!e.copies?.length);
}

/**
 * The story of the article being read, first: its name, what this article adds to what the
 * reader read of it before, and every article of it the reader has, earlier and later, newest
 * first, this one marked in place. Then earlier related stories. Each entry says when, where,
 * in which language, whether it was saved, and whether it is new since the story was last seen.
 *
 * When the article is in a story, the story's header is the article's card too (its Save and
 * saved copy at hand): the panel shows no separate card, and the header is headed by the
 * article's own headline. Each other entry shows its own headline (a link is never named by its
 * source alone); the article being read's entry is its mark and its facts, its headline being
 * the heading right above: every headline shows once.
 */
export function StoryTimeline({
  article,
  timeline,
  newInArticle,
  apart,
  onSetApart,
  onUndoApart,
  onPutBack,
  onToggleSave,
  saving,
}: {
  article: ArticleSummary;
  timeline: ArticleTimeline | null | undefined;
  /** What this article adds to the story read before ("New in this article"). */
  newInArticle?: NewInArticle;
  /** The article the reader last took out of this story: offered back. */
  apart?: { key: string; title: string | null };
  /** Takes another article out of this story (absent: not offered). */
  onSetApart?(entry: { key: string; title: string | null }): void;
  onUndoApart?(): void;
  /** Puts this article, which the reader took out of its story, back in a story. */
  onPutBack?(): void;
  /** Saves or unsaves the article being read (its card is the story's header). */
  onToggleSave?(article: ArticleSummary): void;
  /** Key of the article being saved or unsaved. */
  saving?: string;
}) {
  const { t, locale } = useI18n();
  if (timeline === undefined) return null;
  const names = new Map(article.entities.map((e) => [e.id, e.displayName ?? e.name]));
  const related = timeline?.relatedStories ?? [];
  const story = inStory(timeline) ? timeline!.story : null;
  // Its own story's header is the article's card (its Save, its saved copy): it is headed by the
  // article's own headline, not by the story's name (storyName: the most representative
  // headline in the reader's language). Named after an earlier article, the card put that
  // article's headline over this one's Save button, and said it twice: as the heading and, a
  // few lines lower, as that article's entry (a link, which keeps its headline). Headed by its
  // own, every headline shows once: the article being read's entry is its mark and its facts.
  // The story's name stays where a story shows without its article (related stories, cards).
  const headed: StorySummary | null =
    story && article.title?.trim()
      ? {
          ...story,
          name: { title: article.title.trim(), lang: article.lang ?? 'und', key: article.key },
        }
      : story;
  const sentences = story ? (newInArticle?.sentences ?? []) : [];
  const apartNotes = (
    <>
      {apart && (
        <p class="status" role="status">
          {t('apartDone', apart.title ?? t('untitled'))}{' '}
          {onUndoApart && (
            <button type="button" class="link-button" onClick={onUndoApart}>
              {t('apartUndo')}
            </button>
          )}
        </p>
      )}
      {timeline?.apart && (
        <p class="status">
          {t('apartSelf')}{' '}
          {onPutBack && (
            <button type="button" class="link-button" onClick={onPutBack}>
              {t('apartPutBack')}
            </button>
          )}
        </p>
      )}
    </>
  );
  return (
    <>
      <section class="story-first" aria-label={t('storyRegion')}>
        {story ? (
          // The article's card and its story in one: header (Save at hand), what is new, entries.
          <article class="article-card story-card" aria-label={t('cardLabel')}>
            <div class="card-top">
              <p class="eyebrow">{t('storyRegion')}</p>
              <CardActions
                article={article}
                onToggleSave={onToggleSave}
                busy={saving === article.key}
              />
            </div>
            <h2 class="story-name">
              {/* Its own headline says no language: the reader has the article in front of
                  them (its entry neither), and "(French)" took a line of its own under it. */}
              <StoryTitle
                story={headed!}
                fallback={article.title}
                marked={headed!.name?.key !== article.key}
              />
            </h2>
            <p class="meta span">
              {t(
                'storySpan',
                countArticles(t, story.articleCount, locale),
                formatDayRange(story.firstDate, story.lastDate, locale) ?? '',
              )}
            </p>
            {apartNotes}
            {sentences.length > 0 && <NewSentences sentences={sentences} lang={article.lang} />}
            <StoryEntries
              label={t('storyTimelineLabel')}
              entries={timeline!.entries}
              names={names}
              onSetApart={onSetApart}
              current={article}
              named={{
                key: headed!.name?.key,
                title: storyHeadline(headed!, article.title)?.title,
              }}
            />
          </article>
        ) : (
          <>
            <p class="eyebrow">{t('storyRegion')}</p>
            {apartNotes}
            <p class="status">{t('timelineEmpty')}</p>
          </>
        )}
      </section>
      {related.length > 0 && (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{t('relatedHeading')}</h2>
          {related.map(({ story, entries }) => (
            <StoryBlock
              key={story.id}
              heading={<StoryTitle story={story} />}
              story={story}
              entries={entries}
              names={names}
            />
          ))}
        </section>
      )}
    </>
  );
}

/**
 * "New in this article": the sentences it adds to what the reader read of the story, in the
 * article's words and language (its language marked when not the reader's). Folded, its first
 * sentence on two lines when the browser lays it out on more (a line-clamp, measured: however
 * wide the popup or side panel, whatever the script; newInPreview guesses from its length until
 * it is laid out); the others, and the rest of a long one, unfold from its heading's line: the
 * timeline and the first background card stay in the first screen of a 600 px popup.
 */
function NewSentences({
  sentences,
  lang,
}: {
  sentences: NewInArticle['sentences'];
  lang: string | null;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLSpanElement>(null);
  const { width, lines } = useLaidOut(first, sentences[0]?.text);
  const { shown, clipped, hidden, folds, from } = newInPreview(sentences, open, width, lines);
  const known = lang && lang !== 'und' ? lang : null;
  const foreign = known !== null && known !== locale.toLowerCase().split('-')[0];
  return (
    <div
      class="new-in"
      role="group"
      aria-labelledby={id}
      onKeyDown={foldOnEscape(open, () => setOpen(false), toggle)}
    >
      <div class="new-in-top">
        <h3 id={id}>{t('newInArticle')}</h3>
        {foreign && <LangMark lang={known} />}
        {folds && (
          <button
            ref={toggle}
            type="button"
            class="link-button more"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            onClick={() => setOpen(!open)}
          >
            {open
              ? t('newInFewer')
              : hidden > 0
                ? countMessage(t, locale, hidden, 'newInMoreOne', 'newInMoreMany')
                : t('newInWhole')}
          </button>
        )}
      </div>
      <ul id={`${id}-list`} lang={known ?? undefined}>
        {shown.map((s, i) => (
          <li key={s.start}>
            {i === 0 ? (
              // A block of its own, clamped or not: its lines are measured either way.
              <span ref={first} class={clipped ? 'first-sentence clipped' : 'first-sentence'}>
                {from > 0 ? (
                  // Its start out of sight, not out of the page: read out and copied whole.
                  <>
                    <span class="visually-hidden">{s.text.slice(0, from)}</span>
                    <span class="from-clause">
                      <Headline text={s.text.slice(from)} />
                    </span>
                  </>
                ) : (
                  <Headline text={s.text} />
                )}
              </span>
            ) : (
              // Its last two words on one line, as a headline's ("100" / "millions." was not).
              <Headline text={s.text} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The width a block of text has and the lines it takes whole (its scrollHeight: a line-clamp
 * hides lines but does not shorten it), followed as the panel is resized; undefined until it is
 * laid out (newInPreview then guesses, at the popup's width).
 */
function useLaidOut(
  ref: { current: HTMLElement | null },
  text: string | undefined,
): { width?: number; lines?: number } {
  const [laidOut, setLaidOut] = useState<{ width?: number; lines?: number }>({});
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth > 0 ? el.clientWidth : undefined;
      const lines = measuredLines(el.scrollHeight, lineHeightOf(el));
      setLaidOut((was) => (was.width === width && was.lines === lines ? was : { width, lines }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
  return laidOut;
}

/** An element's line height in px (its computed value, or its factor times its font size). */
function lineHeightOf(el: Element): number {
  const style = getComputedStyle(el);
  const value = parseFloat(style.lineHeight);
  return style.lineHeight.endsWith('px') ? value : value * parseFloat(style.fontSize);
}

function marginLeftOf(el: Element): number {
  return parseFloat(getComputedStyle(el).marginLeft) || 0;
}

/** A language's code, read out as its name ("FR", "(French)"), as entity names mark theirs. */
function LangMark({ lang }: { lang: string }) {
  const { locale } = useI18n();
  const language = languageName(lang, locale) ?? lang;
  return (
    <span class="name-lang" title={language}>
      <span aria-hidden="true">{lang.toUpperCase()}</span>
      <span class="visually-hidden">({language})</span>
    </span>
  );
}

/**
 * A story's name as the reader sees it: its most representative headline (StorySummary.name,
 * else its latest), with the headline's language said when it is not the reader's.
 */
export function StoryTitle({
  story,
  fallback = null,
  marked = true,
}: {
  story: StorySummary;
  /** Shown when the story has no headline at all (the article's own title). */
  fallback?: string | null;
  /** Whether a headline in another language than the reader's says which (it is marked up so). */
  marked?: boolean;
}) {
  const { t, locale } = useI18n();
  const name = storyHeadline(story, fallback);
  const title = name?.title ?? t('untitled');
  const lang = name?.lang ?? null;
  const foreign =
    marked && lang !== null && lang !== 'und' && lang !== locale.toLowerCase().split('-')[0];
  return (
    <>
      <span lang={lang && lang !== 'und' ? lang : undefined}>
        <Headline text={title} />
      </span>
      {foreign && <span class="lang-mark"> ({languageName(lang, locale)})</span>}
    </>
  );
}

// An entry names the few strongest entities it shares: a full list pushes the story down.
const MAX_SHARED = 3;

/**
 * A story's entries, newest first, each under its own headline (the story's name is the heading
 * above them, not an entry's headline); the article being read is marked, not linked.
 */
function StoryEntries({
  label,
  labelledBy,
  entries,
  names,
  showShared = false,
  onSetApart,
  current,
  named,
}: {
  label?: string;
  labelledBy?: string;
  /** Says what each entry shares with the article (for related stories; within its own story
   * every article shares its people, and the list would push the story down). */
  showShared?: boolean;
  entries: TimelineEntry[];
  names: Map<string, string>;
  onSetApart?(entry: { key: string; title: string | null }): void;
  /** The article being read, in its own story: its entry says whether it is saved now. */
  current?: ArticleSummary;
  /**
   * The headline the story's heading shows, and the article it is taken from: the entry of the
   * article being read leaves it out when it is its own (it is right above).
   */
  named?: { key?: string | undefined; title?: string | undefined };
}) {
  const { t, locale } = useI18n();
  // The story's span above says the year: entries of one year say the day only ("Apr 17"),
  // and their line of facts fits a 380 px popup.
  const day = oneYear(entries.map((e) => e.date)) === null ? formatDay : formatDayOfYear;
  const list = useRef<HTMLOListElement>(null);
  useApartRoom(list, !!onSetApart, entries);
  return (
    <ol class="timeline" aria-label={label} aria-labelledby={labelledBy} ref={list}>
      {entries.map((e) => {
        const shared =
          e.current || !showShared ? [] : e.sharedEntityIds.flatMap((sid) => names.get(sid) ?? []);
        const here = e.current ? current : undefined;
        const classes = [e.current && 'is-current', e.isNew && 'is-new'].filter(Boolean).join(' ');
        const href = e.saved ? readerHref(e.key) : safeHref(e.url);
        const saved = here ? here.savedAt !== null : e.saved;
        const titleLang = e.title && e.lang && e.lang !== 'und' ? e.lang : undefined;
        const apart = !e.current && onSetApart;
        const facts = (
          <Facts
            items={[
              <time dateTime={e.date}>{day(e.date, locale)}</time>,
              e.siteName ?? hostOf(e.url),
              // The article being read says neither its language nor that it was read: the
              // reader has it in front of them (and its line fits a 320 px side panel).
              e.current ? null : languageName(e.lang, locale),
              // A state, never a command; the article being read says only whether it is saved.
              saved ? t('entrySaved') : e.current ? null : t('entryRead'),
            ]}
            room={apart ? t('apartButton') : undefined}
          />
        );
        // The article being read, the story named after its headline: the heading right above
        // says those words, and its entry would say them again, three lines lower (in French,
        // where the story takes the reader's-language headline, nearly always). The entry is its
        // mark and its facts on one line: "[You are reading this] Apr 16 · Le Quotidien". It is
        // no link, so it needs no headline to be named by; other entries keep theirs (a link
        // named by its source alone was worse: f5ef21a).
        if (e.current && (named?.key === e.key || sameHeadline(named?.title, e.title))) {
          return (
            <li
              key={e.key}
              class={[classes, 'named'].filter(Boolean).join(' ')}
              aria-current="true"
            >
              <span class="meta">
                {e.isNew && <span class="badge new">{t('entryNew')}</span>}
                <span class="badge here">{t('entryCurrent')}</span>
                {facts}
              </span>
              {e.copies?.length ? <AlsoOn copies={e.copies} title={e.title} /> : null}
            </li>
          );
        }
        return (
          <li
            key={e.key}
            class={classes || undefined}
            aria-current={e.current ? 'true' : undefined}
          >
            {/* The marks lead the headline's first line, not a line of their own. */}
            {/* With "Not this story", the headline's last line (or first) keeps room for it. */}
            <span class="entry-head" data-apart={apart ? t('apartButton') : undefined}>
              {e.isNew && <span class="badge new">{t('entryNew')}</span>}
              {e.current && <span class="badge here">{t('entryCurrent')}</span>}
              {/* In its own language: a screen reader reads "Putin aterriza…" as Spanish. */}
              {e.current ? (
                <span class="entry-title" lang={titleLang}>
                  <Headline text={e.title ?? t('untitled')} />
                </span>
              ) : href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" lang={titleLang}>
                  <Headline text={e.title ?? t('untitled')} />
                </a>
              ) : (
                <span lang={titleLang}>
                  <Headline text={e.title ?? t('untitled')} />
                </span>
              )}
            </span>
            <span class="meta" data-apart={apart ? t('apartButton') : undefined}>
              {facts}
            </span>
            {/* After the entry's words (read out and tabbed to after them), shown at the right
                of the headline's last (or first) line, in the room kept for it: it covers no
                text. */}
            {apart && (
              <button
                type="button"
                class="link-button apart"
                aria-label={t('apartLabel', e.title ?? t('untitled'))}
                onClick={() => onSetApart({ key: e.key, title: e.title })}
              >
                {t('apartButton')}
              </button>
            )}
            {e.copies?.length ? <AlsoOn copies={e.copies} title={e.title} /> : null}
            {shared.length > 0 && (
              <span class="meta shared">
                {t(
                  'relatedShared',
                  shared.slice(0, MAX_SHARED).join(', ') +
                    (shared.length > MAX_SHARED ? ` +${shared.length - MAX_SHARED}` : ''),
                )}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The lowest bottom of an element's text boxes (its pseudo-elements' left out). */
function textBottomOf(el: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const boxes = [...(range.getClientRects?.() ?? [])].filter((r) => r.width > 0);
  return Math.max(...boxes.map((r) => r.bottom));
}

/**
 * Keeps the room for "Not this story" where it leaves no blank line: after each headline's last
 * line, or on its first when the last is full (lib/ui/apart-room.ts), again as the panel is
 * resized. Set on the elements (data-room), not rendered: it follows from their layout.
 */
function useApartRoom(
  ref: { current: HTMLElement | null },
  active: boolean,
  entries: TimelineEntry[],
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !active) return;
    const place = () => {
      const heads = [...el.querySelectorAll<HTMLElement>('.entry-head[data-apart]')];
      // All back after the last line, then all measured, then moved: one layout, not one each.
      for (const head of heads) delete head.dataset['room'];
      const places = heads.map((head) => {
        const textBottom = textBottomOf(head);
        const box = head.getBoundingClientRect();
        const button = head.parentElement?.querySelector<HTMLElement>(':scope > .apart');
        const roomWidth = button ? button.getBoundingClientRect().width + marginLeftOf(button) : 0;
        return apartRoomPlace(
          apartRoomDropped(box.bottom, textBottom, lineHeightOf(head)),
          roomWidth,
          box.width,
        );
      });
      heads.forEach((head, i) => {
        if (places[i] !== 'last') head.dataset['room'] = places[i];
      });
      // Kept after the facts line: measured there (a second layout, in a narrow panel only),
      // and moved to its start where it took a line of its own.
      const facts = heads.flatMap((head) =>
        head.dataset['room'] === 'facts' && head.nextElementSibling instanceof HTMLElement
          ? [[head, head.nextElementSibling] as const]
          : [],
      );
      const dropped = facts.map(([, meta]) =>
        apartRoomDropped(
          meta.getBoundingClientRect().bottom,
          textBottomOf(meta),
          lineHeightOf(meta),
        ),
      );
      facts.forEach(([head], i) => {
        head.dataset['room'] = factsRoomPlace(dropped[i]!);
      });
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    // Its width, not its height (which the move itself may change).
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      place();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, active, entries]);
}

/**
 * "Also on Site B, Site C": the other sites an entry's (or a search result's) very text was read
 * on (a wire story republished), each linked to its copy (the saved copy when saved), named for
 * the site and its headline there (`title`, the entry's, when the copy has none).
 */
export function AlsoOn({ copies, title }: { copies: TimelineCopy[]; title: string | null }) {
  const { t } = useI18n();
  // The message's words around the list, in the interface's order ("Also on $1").
  const [before = '', after = ''] = t('entryAlsoOn', '\u0001').split('\u0001');
  return (
    <span class="meta copies">
      {before}
      {copies.map((c, i) => {
        const site = c.siteName ?? hostOf(c.url) ?? t('untitled');
        const href = c.saved ? readerHref(c.key) : safeHref(c.url);
        return (
          <Fragment key={c.key}>
            {i > 0 && ', '}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('entryCopyLabel', site, c.title ?? title ?? t('untitled'))}
              >
                {site}
              </a>
            ) : (
              site
            )}
          </Fragment>
        );
      })}
      {after}
    </span>
  );
}

/**
 * One story: its heading, its span, and entries newest first. `names` names the shared
 * entities an entry lists (an entity left out is not listed).
 */
export function StoryBlock({
  heading,
  story,
  entries,
  names,
  level = 3,
  onSetApart,
}: {
  heading: ComponentChildren;
  story: StorySummary;
  entries: TimelineEntry[];
  names: Map<string, string>;
  /** Its heading's level: 4 inside an entity card. */
  level?: 3 | 4;
  /** Offers, on each entry, to take it out of this story. */
  onSetApart?(entry: { key: string; title: string | null }): void;
}) {
  const { t, locale } = useI18n();
  // Unique on the page: one story can show in the timeline and in entity cards at once.
  const id = useId();
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <div class="story">
      <Heading id={id}>{heading}</Heading>
      <p class="meta">
        {t(
          'storySpan',
          countArticles(t, story.articleCount, locale),
          formatDayRange(story.firstDate, story.lastDate, locale) ?? '',
        )}
      </p>
      <StoryEntries
        labelledBy={id}
        entries={entries}
        names={names}
        showShared
        onSetApart={onSetApart}
      />
    </div>
  );
}
