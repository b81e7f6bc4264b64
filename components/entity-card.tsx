import { formatDay } from '@/lib/format/display';
import { entityTypeLabel, translateOnlineReason } from '@/lib/i18n/translate';
import type { ArchiveMention, EntitySummary } from '@/lib/messaging/protocol';
import type { EntityCardState } from '@/lib/ui/panel-store';
import { useI18n } from './i18n';

export interface EntityCardProps {
  /** The entity as the article names it. */
  entity: EntitySummary;
  card: EntityCardState;
}

/**
 * Background on one entity: its name in the reader's language and one line (offline), what the
 * reader's archive knows, and Wikipedia's summary when the reader turned it on. Every string is
 * rendered as text. Lines waiting for data keep their place, so the card does not jump.
 */
export function EntityCard({ entity, card }: EntityCardProps) {
  const { t, locale } = useI18n();
  const bg = card.background;
  const headingId = `card-${entity.id.replace(/[^\w-]/g, '_')}`;
  const name = bg?.name ?? entity.name;
  const day = (m: ArchiveMention) => {
    const date = formatDay(m.date, locale) ?? '';
    return m.siteName ? `${date} (${m.siteName})` : date;
  };
  return (
    <article
      class="entity-card"
      aria-labelledby={headingId}
      aria-busy={bg === undefined}
      data-entity-id={entity.id}
    >
      <h3 id={headingId}>
        {name}
        <span class="meta type"> · {entityTypeLabel(t, entity.type)}</span>
      </h3>
      {name !== entity.name && <p class="meta">{entity.name}</p>}
      {bg === undefined ? (
        <p class="meta placeholder">{t('loading')}</p>
      ) : (
        <>
          {bg?.description && <p class="description">{bg.description}</p>}
          <p class="meta archive">
            {bg && bg.archive.count > 1 && bg.archive.first && bg.archive.last
              ? t(
                  'entityArchiveCount',
                  bg.archive.count,
                  day(bg.archive.first),
                  day(bg.archive.last),
                )
              : t('entityArchiveNone')}
          </p>
          {bg && bg.archive.stories.length > 0 && (
            <p class="meta stories">
              {t(
                'entityStories',
                bg.archive.stories
                  .map((st) => `${st.title ?? t('untitled')} (${formatDay(st.lastDate, locale)})`)
                  .join('; '),
              )}
            </p>
          )}
          {bg && bg.archive.with.length > 0 && (
            <p class="meta with">
              {t('entityWith', bg.archive.with.map((w) => w.name).join(', '))}
            </p>
          )}
        </>
      )}
      <OnlinePart card={card} />
    </article>
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
  const href = summary && /^https?:\/\//i.test(summary.url) ? summary.url : null;
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
