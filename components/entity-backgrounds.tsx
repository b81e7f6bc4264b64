import type { ArticleSummary } from '@/lib/messaging/protocol';
import type { EntityCardState } from '@/lib/ui/panel-store';
import { EntityCard } from './entity-card';
import { useI18n } from './i18n';

/** The background cards of the current article's entities, in the order the store gives. */
export function EntityBackgrounds({
  article,
  cards,
  onShowStories,
}: {
  article: ArticleSummary;
  cards: EntityCardState[] | undefined;
  onShowStories?(entityId: string): void;
}) {
  const { t } = useI18n();
  const shown = (cards ?? []).flatMap((card) => {
    const entity = article.entities.find((e) => e.id === card.id);
    return entity ? [{ entity, card }] : [];
  });
  if (!shown.length) return null;
  return (
    <section class="backgrounds" aria-labelledby="backgrounds-heading">
      <h2 id="backgrounds-heading">{t('backgroundHeading')}</h2>
      {shown.map(({ entity, card }) => (
        <EntityCard
          key={entity.id}
          entity={entity}
          card={card}
          onShowStories={onShowStories && (() => onShowStories(entity.id))}
        />
      ))}
    </section>
  );
}
