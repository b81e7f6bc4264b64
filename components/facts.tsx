import { Fragment, type ComponentChildren } from 'preact';

// A fact longer than this may wrap inside (a long site name): one that did not would overflow.
const KEPT_WHOLE = 32;

/**
 * A line of facts ("Jun 18, 2024 · World Desk · English · Already read"), the empty ones left
 * out. The line breaks between facts only: a short fact keeps its words on one line (never
 * "Already" at a line's end and "read" on the next), and the "·" stays with the fact before it
 * (no line starts with one). Its text is the facts joined by " · ", as before.
 */
export function Facts({
  items,
  room,
  pairLast = false,
}: {
  items: ComponentChildren[];
  room?: string;
  /** Whether the last two wrap together whatever the count (a list whose first fact is no date). */
  pairLast?: boolean;
}) {
  const shown = items.filter((c) => c !== null && c !== undefined && c !== false && c !== '');
  const whole = (fact: ComponentChildren) =>
    !(typeof fact === 'string' && fact.length > KEPT_WHOLE);
  // With four facts or more, the last two wrap together: a narrow panel breaks "17 avr. · The
  // Daily Courier ·" / "anglais · Déjà lu", not "… anglais ·" / "Déjà lu" (a state alone on a
  // line, the room for "Not this story" after it). Three stay free: glued, "Le Quotidien ·
  // Enregistré" could leave the date alone on the first line. Unless `pairLast`: "Recently
  // read" leads with the site, and its date and reading time go together ("The Daily Courier ·"
  // / "15 avr. 2019 · Lu il y a 1 minute", not "Lu il y a 1 minute" alone on the second line).
  const paired = shown.length >= (pairLast ? 2 : 4) && whole(shown.at(-2)) && whole(shown.at(-1));
  const line = shown.map((fact, i) => {
    const last = i === shown.length - 1;
    return (
      <Fragment key={i}>
        <span class={whole(fact) ? 'fact whole' : 'fact'}>
          {fact}
          {/* Room for `room` ("Not this story"), kept where the entry keeps it after its
              facts (panel.css): held to the last fact, so that they wrap together. After the
              facts as a float, it took a line of its own, blank at rest, when they filled
              theirs; at their start, it left the date alone on their first line ("17 avr. ·",
              the site on the next). Its words are its ::before's, out of the line's text. */}
          {last && room !== undefined && (
            <span class="facts-room" data-room={room} aria-hidden="true" />
          )}
          {/* Its space inside a span that does not wrap: no break before the dot. */}
          {!last && <span class="whole"> ·</span>}
        </span>
        {!last && ' '}
      </Fragment>
    );
  });
  if (!paired) return <>{line}</>;
  return (
    <>
      {line.slice(0, -2)}
      <span class="whole">{line.slice(-2)}</span>
    </>
  );
}
