import type { EntitySummary } from '@/lib/messaging/protocol';
import { useId } from 'preact/hooks';
import { EntityName } from './entity-name';
import { useI18n } from './i18n';

const GROUPS = [
  ['PER', 'typePER'],
  ['LOC', 'typeLOC'],
  ['ORG', 'typeORG'],
] as const;

// More than this per group is noise in a popup; the most salient come first.
const MAX_PER_GROUP = 8;

/**
 * The article's people, places and organisations, grouped by type, most salient first. With
 * `onSelect`, each name is a button that brings up its background card.
 */
export function EntityList({
  entities,
  onSelect,
}: {
  entities: EntitySummary[];
  onSelect?(entityId: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  if (entities.length === 0) return null;
  return (
    <section class="entities" aria-labelledby={id}>
      <h2 id={id}>{t('entitiesHeading')}</h2>
      {GROUPS.map(([type, label]) => {
        const group = entities.filter((e) => e.type === type).slice(0, MAX_PER_GROUP);
        if (group.length === 0) return null;
        return (
          <div class="entity-group" key={type}>
            <h3 id={`entities-${type}`}>{t(label)}</h3>
            <ul aria-labelledby={`entities-${type}`}>
              {group.map((e) => {
                const shown = e.displayName ?? e.name;
                const count =
                  e.mentionCount === 1 ? t('mentionCountOne') : t('mentionCount', e.mentionCount);
                return (
                  <li
                    key={e.id}
                    // The article's own name, when the list shows the reader's.
                    title={e.displayName ? `${e.name} · ${count}` : count}
                    data-entity-id={e.id}
                  >
                    {onSelect ? (
                      <button
                        type="button"
                        class="link-button"
                        aria-label={t('entityMore', shown)}
                        onClick={() => onSelect(e.id)}
                      >
                        <EntityName name={shown} lang={e.nameLang} />
                      </button>
                    ) : (
                      <EntityName name={shown} lang={e.nameLang} />
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
