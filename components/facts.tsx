import { Fragment, type ComponentChildren } from 'preact';

// A fact longer than this may wrap inside (a long site name): one that did not would overflow.
const KEPT_WHOLE = 32;

/**
 * A line of facts ("Jun 18, 2024 · World Desk · English · Already read"), the empty ones left
 * out. The line breaks between facts only: a short fact keeps its words on one line (never
 * "Already" at a line's end and "read" on the next), and the "·" stays with the fact before it
 * (no line starts with one). Its text is the facts joined by " · ", as before.
 */
export function Facts({ items }: { items: ComponentChildren[] }) {
  const shown = items.filter((c) => c !== null && c !== undefined && c !== false && c !== '');
  const whole = (fact: ComponentChildren) =>
    !(typeof fact === 'string' && fact.length > KEPT_WHOLE);
  return (
    <>
      {shown.map((fact, i) => {
        const last = i === shown.length - 1;
        return (
          <Fragment key={i}>
            <span class={whole(fact) ? 'fact whole' : 'fact'}>
              {fact}
              {/* Its space inside a span that does not wrap: no break before the dot. */}
              {!last && <span class="whole"> ·</span>}
            </span>
            {!last && ' '}
          </Fragment>
        );
      })}
    </>
  );
}
