// Letters that Unicode decomposition leaves whole but a reader treats as plain Latin.
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};
const SPECIAL_RE = /[ßœæøđðłıþ]/g;
const MARKS_RE = /\p{M}+/gu;
const PLAIN_RE = /^[\x20-\x7f]*$/;

/** Lower case without diacritics ("Corée" → "coree", "Straße" → "strasse"). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN_RE.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}
