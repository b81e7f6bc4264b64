import { formatDay, hostOf, languageName } from '@/lib/format/display';
import { safeHref } from '@/lib/url/safe-href';
import type {
  ArticleSummary,
  ArticleTimeline,
  StorySummary,
  TimelineEntry,
} from '@/lib/messaging/protocol';
import { useId } from 'preact/hooks';
import { readerHref } from './article-card';
import { useI18n } from './i18n';

/**
 * Earlier coverage of the article being read: the earlier articles of its story, newest first,
 * then earlier related stories. Each entry says when, where, in which language, what it shares
 * with this article, whether it was saved, and whether it is new since the story was last seen.
 */
export function StoryTimeline({
  article,
  timeline,
  apart,
  onSetApart,
  onUndoApart,
  onPutBack,
}: {
  article: ArticleSummary;
  timeline: ArticleTimeline | null | undefined;
  /** The article the reader last took out of this story: offered back. */
  apart?: { key: string; title: string | null };
  /** Takes an earlier article out of this story (absent: not offered). */
  onSetApart?(entry: { key: string; title: string | null }): void;
  onUndoApart?(): void;
  /** Puts this article, which the reader took out of its story, back in a story. */
  onPutBack?(): void;
}) {
  const { t } = useI18n();
  if (timeline === undefined) return null;
  const names = new Map(article.entities.map((e) => [e.id, e.displayName ?? e.name]));
  const empty = !timeline || (!timeline.earlier.length && !timeline.relatedStories.length);
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('relatedHeading')}</h2>
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
      {empty ? (
        <p class="status">{t('timelineEmpty')}</p>
      ) : (
        <>
          {timeline.earlier.length > 0 && (
            <StoryBlock
              heading={t('storyHeading', storyName(timeline.story, article, names))}
              story={timeline.story}
              entries={timeline.earlier}
              names={names}
              onSetApart={onSetApart}
            />
          )}
          {timeline.relatedStories.map(({ story, entries }) => (
            <StoryBlock
              key={story.id}
              heading={t('relatedStoryHeading', story.title ?? t('untitled'))}
              story={story}
              entries={entries}
              names={names}
            />
          ))}
        </>
      )}
    </section>
  );
}

/**
 * A story's name: its latest headline, or, when that is the article being read, its key
 * entities ("Notre-Dame, Paris, Emmanuel Macron").
 */
function storyName(
  story: StorySummary,
  article: ArticleSummary,
  names: Map<string, string>,
): string {
  // The article's names for them, in the reader's language where the list shows that.
  const entities = story.keyEntities.slice(0, 3).map((e) => names.get(e.id) ?? e.name);
  if (story.title && (story.title !== article.title || !entities.length)) return story.title;
  return entities.join(', ') || (article.title ?? '');
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
  heading: string;
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
          story.articleCount,
          formatDay(story.firstDate, locale) ?? '',
          formatDay(story.lastDate, locale) ?? '',
        )}
      </p>
      <ol class="timeline" aria-labelledby={id}>
        {entries.map((e) => {
          const shared = e.sharedEntityIds.flatMap((sid) => names.get(sid) ?? []);
          const href = e.saved ? readerHref(e.key) : safeHref(e.url);
          return (
            <li key={e.key} class={e.isNew ? 'is-new' : undefined}>
              <time class="meta" dateTime={e.date}>
                {formatDay(e.date, locale)}
              </time>
              {e.isNew && <span class="badge new">{t('entryNew')}</span>}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {e.title ?? t('untitled')}
                </a>
              ) : (
                <span>{e.title ?? t('untitled')}</span>
              )}
              <span class="meta">
                {[
                  e.siteName ?? hostOf(e.url),
                  languageName(e.lang, locale),
                  e.saved ? t('entrySaved') : t('entryRead'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {shared.length > 0 && (
                <span class="meta shared">{t('relatedShared', shared.join(', '))}</span>
              )}
              {onSetApart && (
                <button
                  type="button"
                  class="link-button meta apart"
                  aria-label={t('apartLabel', e.title ?? t('untitled'))}
                  onClick={() => onSetApart({ key: e.key, title: e.title })}
                >
                  {t('apartButton')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
