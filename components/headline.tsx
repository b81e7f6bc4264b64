import { keepTogether } from '@/lib/format/keep-together';

/**
 * A headline (or a sentence) as text, its lines never breaking inside "« plein" or "soutien »",
 * before a French colon or before its last word (lib/format/keep-together.ts); the text itself
 * is unchanged. Set apart in its own
 * direction (<bdi>): a headline in Arabic or Hebrew reads right to left, its question mark and
 * figures where its writer put them, and the date or source after it stays where it was.
 */
export function Headline({ text }: { text: string }) {
  return (
    <bdi>
      {keepTogether(text).map((r, i) =>
        r.whole ? (
          <span key={i} class="whole">
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </bdi>
  );
}
