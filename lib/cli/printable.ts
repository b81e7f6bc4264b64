// Control characters (C0, DEL, C1), line and paragraph separators, bidirectional overrides and
// isolates, the BOM, and lone surrogates: what could move a terminal's cursor, rewrite what is
// already printed, or reorder a line.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A string from an input file made safe for a terminal: at most `max` characters (then "…"),
 * with every unsafe character escaped as `\uXXXX`.
 */
export function printable(s: string, max = 200): string {
  let cut = s;
  if (s.length > max) {
    // Never split a surrogate pair: half of one would print as a replacement character.
    const end = /[\ud800-\udbff]/.test(s[max - 1] ?? '') ? max - 1 : max;
    cut = `${s.slice(0, end)}…`;
  }
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
