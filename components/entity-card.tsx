import { formatDay } from '@/lib/format/display';
import { articleSpelling } from '@/lib/ui/article-spelling';
import { safeHref } from '@/lib/url/safe-href';
import {
  entityTypeLabel,
  formatNumber,
  translateOnlineReason,
  type Translate,
} from '@/lib/i18n/translate';
import type { ArchiveMention, EntityBackground, EntitySummary } from '@/lib/messaging/protocol';
import type { EntityCardState } from '@/lib/ui/panel-store';
import { EntityName } from './entity-name';
import { useI18n } from './i18n';
import { StoryBlock, StoryTitle } from './story-timeline';

export interface EntityCardProps {
  /** The entity as the article names it. */
  entity: EntitySummary;
  card: EntityCardState;
  /** Asks for every story about it (absent: the card offers no list). */
  onShowStories?(): void;
  /** What the reader read about it is said once for several cards, above them: not here. */
  archiveSaid?: boolean;
}

/**
 * Background on one entity, compact: its name and one line of who or what it is (offline), then
 * only what the reader's other articles add (never this article or its story again), and
 * Wikipedia's summary when the reader turned it on. Every string is rendered as text. Lines
 * waiting for data keep their place, so the card does not jump.
 */
export function EntityCard({ entity, card, onShowStories, archiveSaid }: EntityCardProps) {
  const { t, locale } = useI18n();
  const bg = card.background;
  const headingId = `card-${entity.id.replace(/[^\w-]/g, '_')}`;
  // One name per entity: the background chooses it by the rule the chips follow.
  const name = bg?.name ?? entity.displayName ?? entity.name;
  // Its language marked when it is the article's, not the reader's.
  const nameLang = bg ? bg.nameLang : entity.nameLang;
  const bare = isBare(card, archiveSaid);
  const spelled = articleSpelling(name, entity);
  return (
    <article
      class={bare ? 'entity-card bare' : 'entity-card'}
      aria-labelledby={headingId}
      aria-busy={bg === undefined}
      data-entity-id={entity.id}
      // Focusable by the panel only (a name asked for below brings its card up), not by Tab.
      tabIndex={-1}
    >
      {/* The article's own name, when the card shows the reader's: on hover; and a line below
          when it is a person the article spells another way (articleSpelling). */}
      <h3 id={headingId} title={name !== entity.name ? entity.name : undefined}>
        <span>
          <EntityName name={name} lang={nameLang} />
        </span>
        <span class="meta type">
          <span class="visually-hidden"> · </span>
          {entityTypeLabel(t, entity.type)}
        </span>
      </h3>
      {bg === undefined ? (
        <p class="meta placeholder">{t('loading')}</p>
      ) : bare ? (
        // Nothing known but its name and type: one line that says so, not an empty card.
        <p class="meta note">{t('entityNoDescription')}</p>
      ) : (
        <>
          {bg?.description && <p class="description">{bg.description}</p>}
          {spelled && <p class="meta spelled">{t('entityArticleSpelling', spelled)}</p>}
          {!archiveSaid && <p class="meta archive">{archiveLine(bg, t, locale)}</p>}
          {/* Nothing read outside this story, nothing more to list. */}
          {bg && bg.archive.count - (bg.archive.inStory ?? 0) > 0 && (
            <>
              {bg.archive.stories.length > 0 && (
                <p class="meta stories">
                  {t(
                    'entityStories',
                    bg.archive.stories
                      .map(
                        // By its name, as where the story is listed whole (StoryTitle).
                        (st) =>
                          `${st.name?.title ?? st.title ?? t('untitled')} (${formatDay(st.lastDate, locale)})`,
                      )
                      .join('; '),
                  )}
                </p>
              )}
              {bg.archive.with.length > 0 && (
                <p class="meta with">
                  {t('entityWith', bg.archive.with.map((w) => w.name).join(', '))}
                </p>
              )}
              {bg.archive.stories.length > 0 && onShowStories && (
                <AllStories
                  name={name}
                  count={bg.archive.storyCount}
                  stories={card.stories}
                  onShow={onShowStories}
                />
              )}
            </>
          )}
        </>
      )}
      <OnlinePart card={card} />
    </article>
  );
}

/**
 * The card knows nothing to show but the entity's name and type: no description, what the reader
 * read of it said above the cards, nothing else read about it, and nothing asked online.
 */
export function isBare(card: EntityCardState, archiveSaid: boolean | undefined): boolean {
  const bg = card.background;
  if (bg === undefined || bg?.description || !archiveSaid) return false;
  if (bg && bg.archive.count - (bg.archive.inStory ?? 0) > 0) return false;
  if (bg?.online || (card.online && card.online.status !== 'off')) return false;
  return true;
}

/**
 * What the reader's other articles say beyond this story (its timeline lists the story's own):
 * nothing read; read only in this story; the one article outside it, by its headline; or how
 * many, the first and the last by publication date.
 */
function archiveLine(bg: EntityBackground | null, t: Translate, locale: string): string {
  const archive = bg?.archive;
  if (!archive || archive.count === 0) return t('entityArchiveNone');
  if (onlyInStory(bg) || !archive.first || !archive.last) return t('entityArchiveInStory');
  const inStory = archive.inStory ?? 0;
  const outside = archive.count - inStory;
  const day = (m: ArchiveMention) => formatDay(m.date, locale) ?? '';
  if (outside === 1) {
    const where = [archive.first.siteName, day(archive.first)].filter(Boolean).join(', ');
    return t(
      inStory ? 'entityArchiveOneOutside' : 'entityArchiveOne',
      archive.first.title ?? t('untitled'),
      where,
    );
  }
  const dated = (m: ArchiveMention) => (m.siteName ? `${day(m)} (${m.siteName})` : day(m));
  // An estimate (more older copies than the card reads) is said as one: "about 6,000".
  const many = archive.approximate
    ? t('aboutNumber', formatNumber(outside, locale, { maximumSignificantDigits: 2 }))
    : formatNumber(outside, locale);
  return t(
    inStory ? 'entityArchiveCountOutside' : 'entityArchiveCount',
    many,
    dated(archive.first),
    dated(archive.last),
  );
}

/** The reader read about it before, but only in this article's story. */
export function onlyInStory(bg: EntityBackground | null | undefined): boolean {
  const archive = bg?.archive;
  return !!archive && archive.count > 0 && archive.count - (archive.inStory ?? 0) <= 0;
}

/**
 * What a card's archive line says, when it says the same for any entity: nothing read about it,
 * or only in this story (undefined: it names articles, or the card is loading).
 */
export function sameArchiveLine(
  bg: EntityBackground | null | undefined,
): 'none' | 'in-story' | undefined {
  if (bg === undefined) return undefined;
  if (!bg || bg.archive.count === 0) return 'none';
  return onlyInStory(bg) || !bg.archive.first || !bg.archive.last ? 'in-story' : undefined;
}

/**
 * Every story about the entity, newest first, each with its latest articles: a button until the
 * reader asks, then the list (in place of the button, so focus stays in the card).
 */
function AllStories({
  name,
  count,
  stories,
  onShow,
}: {
  name: string;
  count: number;
  stories: EntityCardState['stories'];
  onShow(): void;
}) {
  const { t } = useI18n();
  if (!stories || ('status' in stories && stories.status === 'failed')) {
    return (
      <>
        {stories && <p class="meta quiet">{t('entityStoriesFailed')}</p>}
        <button type="button" class="link-button" onClick={onShow}>
          {t('entityStoriesAll', name, String(count))}
        </button>
      </>
    );
  }
  if ('status' in stories) return <p class="meta quiet">{t('loading')}</p>;
  // The entity is named on the card already: entries do not list it again.
  const names = new Map<string, string>();
  return (
    <div class="entity-stories" aria-label={t('entityStoriesHeading', name)} role="group">
      {stories.stories.map(({ story, entries }) => (
        <StoryBlock
          key={story.id}
          heading={<StoryTitle story={story} />}
          story={story}
          entries={entries}
          names={names}
          level={4}
        />
      ))}
      {stories.total > stories.stories.length && (
        <p class="meta">{t('entityStoriesMore', String(stories.total - stories.stories.length))}</p>
      )}
    </div>
  );
}

function OnlinePart({ card }: { card: EntityCardState }) {
  const { t } = useI18n();
  const online = card.online;
  if (!online || online.status === 'off') return null;
  if (online.status === 'loading') return <p class="meta quiet">{t('entityOnlineLoading')}</p>;
  if (online.status === 'not-found') return <p class="meta quiet">{t('entityOnlineNotFound')}</p>;
  if (online.status === 'failed') {
    return (
      <p class="meta quiet">{t('entityOnlineFailed', translateOnlineReason(t, online.reason))}</p>
    );
  }
  const { summary, description } = online;
  const href = safeHref(summary?.url);
  return (
    <div class="online" lang={summary?.lang}>
      {description && !summary && <p class="description">{description}</p>}
      {summary && <p class="summary">{summary.extract}</p>}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('entityWikipediaLink')}
        </a>
      )}
    </div>
  );
}
