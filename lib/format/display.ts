/** "fr" → "French" in the reader's language; the code itself when the browser has no name. */
export function languageName(code: string | null, locale?: string): string | null {
  if (!code) return null;
  try {
    return (
      new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(code) ?? code
    );
  } catch {
    return code;
  }
}

/**
 * A date (ISO string or epoch ms) as the reader's locale writes a day ("19 June 2024"); null
 * when absent or not a date that can be shown. Never throws: one bad date in stored data must
 * not take a whole panel down.
 */
export function formatDay(
  date: string | number | null | undefined,
  locale?: string,
): string | null {
  if (date === null || date === undefined || date === '') return null;
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
  } catch {
    return null;
  }
}

/** The host of a URL without "www.", for a site that names itself nowhere. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
