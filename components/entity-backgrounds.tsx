import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatList } from '@/lib/format/display';
import type { ArticleSummary, EntitySummary } from '@/lib/messaging/protocol';
import type { EntityCardState } from '@/lib/ui/panel-store';
import { EntityCard, isBare, sameArchiveLine } from './entity-card';
import { useI18n } from './i18n';

/**
 * The background cards of the current article's entities, in the order the store gives. What
 * several cards would say alike ("not read about before", "only in this story") is said once,
 * above them: each card keeps only what differs.
 */
export function EntityBackgrounds({
  article,
  cards,
  onShowStories,
  reveal,
}: {
  article: ArticleSummary;
  cards: EntityCardState[] | undefined;
  onShowStories?(entityId: string): void;
  /**
   * The card the reader asked for from the list of names below: scrolled into view and given
   * the focus (read out, and the next Tab goes on from it); `from`, the name's button, gets the
   * focus back on Escape.
   */
  reveal?: { id: string; from?: HTMLElement | null };
}) {
  const { t, locale } = useI18n();
  const section = useRef<HTMLElement>(null);
  const shownIds = (cards ?? []).map((c) => c.id).join(' ');
  const revealed = useRef<{ id: string }>();
  // Once its card is there (it comes after the pick), and once only: not again on later updates.
  useEffect(() => {
    if (!reveal || revealed.current === reveal) return;
    const card = [...(section.current?.querySelectorAll('[data-entity-id]') ?? [])].find(
      (el) => el.getAttribute('data-entity-id') === reveal.id,
    );
    if (!card) return;
    revealed.current = reveal;
    card.scrollIntoView({ block: 'nearest' });
    (card as HTMLElement).focus({ preventScroll: true });
  }, [reveal, shownIds]);
  // Escape in the card the reader asked for takes them back to the name they asked from.
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    const from = reveal?.from;
    if (e.key !== 'Escape' || !from?.isConnected || from === from.ownerDocument.body) return;
    const card = (e.target as Element).closest?.('[data-entity-id]');
    if (card?.getAttribute('data-entity-id') !== reveal!.id) return;
    e.preventDefault();
    e.stopPropagation();
    from.focus();
  };
  const all = (cards ?? []).flatMap((card) => {
    const entity = article.entities.find((e) => e.id === card.id);
    return entity ? [{ entity, card }] : [];
  });
  // The cards that open by themselves come together, once every one's background is in: which
  // ones know nothing to show (isBare, by what the others say) is known only then, and a card
  // that showed "Loading…" and went away, or cards that came one by one, moved what the reader
  // was reading. Meanwhile, only the cards the reader asked for (who waits for them) show.
  const pending = all.some(({ card }) => !card.picked && card.background === undefined);
  // A card that would know nothing but a name and a type opens only when the reader asks for
  // it: its chip below says as much, and it would push the others down.
  const first = archiveSaid(all);
  const shown = all.filter(({ card }) =>
    pending
      ? card.picked
      : card.picked || !isBare(card, first.has(sameArchiveLine(card.background) ?? '')),
  );
  // Nothing to show yet: an empty, hidden place that says it is busy (for whoever waits on it).
  if (!shown.length) {
    return pending ? <section class="backgrounds" aria-busy="true" hidden /> : null;
  }
  const said = archiveSaid(shown);
  const note = (kind: 'none' | 'in-story') => {
    const names = said.get(kind);
    if (!names) return null;
    const all = names.length === shown.length;
    const text =
      kind === 'none'
        ? all
          ? t('backgroundNoneAll')
          : t('backgroundNoneSome', formatList(names, locale))
        : all
          ? t('backgroundInStoryAll')
          : t('backgroundInStorySome', formatList(names, locale));
    return <p class={`meta archive-note ${kind}`}>{text}</p>;
  };
  return (
    <section
      class="backgrounds"
      aria-labelledby="backgrounds-heading"
      aria-busy={pending || undefined}
      ref={section}
      onKeyDown={onKeyDown}
    >
      <h2 id="backgrounds-heading">{t('backgroundHeading')}</h2>
      {note('in-story')}
      {note('none')}
      {shown.map(({ entity, card }) => (
        <EntityCard
          key={entity.id}
          entity={entity}
          card={card}
          archiveSaid={said.has(sameArchiveLine(card.background) ?? '')}
          onShowStories={onShowStories && (() => onShowStories(entity.id))}
        />
      ))}
    </section>
  );
}

/**
 * What the cards say alike about the reader's archive, by kind ("none", "in-story"), with the
 * names of the cards that say it: said once above them when two or more do.
 */
function archiveSaid(
  shown: { entity: EntitySummary; card: EntityCardState }[],
): Map<string, string[]> {
  const said = new Map<string, string[]>();
  for (const { entity, card } of shown) {
    const kind = sameArchiveLine(card.background);
    const name = card.background?.name ?? entity.displayName ?? entity.name;
    if (kind) said.set(kind, [...(said.get(kind) ?? []), name]);
  }
  for (const [kind, names] of said) {
    if (names.length < 2) said.delete(kind);
  }
  return said;
}
