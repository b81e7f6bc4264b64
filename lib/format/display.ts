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

/** An ISO date as the reader's locale writes a day ("19 June 2024"); null when absent. */
export function formatDay(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
}

/** The host of a URL without "www.", for a site that names itself nowhere. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
