import type { ArticleSummary } from '@/lib/messaging/protocol';
import type { EntityCardState } from '@/lib/ui/panel-store';
import { EntityCard, onlyInStory } from './entity-card';
import { useI18n } from './i18n';

/**
 * The background cards of the current article's entities, in the order the store gives. What
 * several cards would say alike ("read about before, only in this story") is said once, above
 * them: each card keeps only what differs.
 */
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
  const inStory = shown.filter(({ card }) => onlyInStory(card.background));
  const once = inStory.length >= 2;
  const names = inStory.map(
    ({ entity, card }) => card.background?.name ?? entity.displayName ?? entity.name,
  );
  return (
    <section class="backgrounds" aria-labelledby="backgrounds-heading">
      <h2 id="backgrounds-heading">{t('backgroundHeading')}</h2>
      {once && (
        <p class="meta in-story-note">
          {inStory.length === shown.length
            ? t('backgroundInStoryAll')
            : t('backgroundInStorySome', names.join(', '))}
        </p>
      )}
      {shown.map(({ entity, card }) => (
        <EntityCard
          key={entity.id}
          entity={entity}
          card={card}
          inStorySaid={once}
          onShowStories={onShowStories && (() => onShowStories(entity.id))}
        />
      ))}
    </section>
  );
}
