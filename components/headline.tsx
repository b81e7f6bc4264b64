import { keepTogether } from '@/lib/format/keep-together';

/**
 * A headline as text, its lines never breaking inside "« plein" or "soutien »" or before a
 * French colon (lib/format/keep-together.ts); the text itself is unchanged.
 */
export function Headline({ text }: { text: string }) {
  return (
    <>
      {keepTogether(text).map((r, i) =>
        r.whole ? (
          <span key={i} class="whole">
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
