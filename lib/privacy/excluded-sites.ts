/**
 * Sites Backstory never records until the reader says otherwise: mail, banking and payment,
 * health portals, password managers. Each entry matches the host and its subdomains.
 */
export const DEFAULT_EXCLUDED_SITES: readonly string[] = [
  // Mail
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'mail.proton.me',
  'app.tuta.com',
  'mail.aol.com',
  'icloud.com',
  'gmx.net',
  'gmx.com',
  'web.de',
  'laposte.net',
  'orange.fr',
  'free.fr',
  // Banking and payment
  'paypal.com',
  'wise.com',
  'revolut.com',
  'n26.com',
  'stripe.com',
  'chase.com',
  'bankofamerica.com',
  'wellsfargo.com',
  'citi.com',
  'hsbc.com',
  'barclays.co.uk',
  'bnpparibas.net',
  'credit-agricole.fr',
  'societegenerale.fr',
  'labanquepostale.fr',
  'caisse-epargne.fr',
  'boursorama.com',
  'ing.com',
  'santander.com',
  'deutsche-bank.de',
  'sparkasse.de',
  'commerzbank.de',
  'bbva.es',
  'caixabank.es',
  // Health
  'mychart.com',
  'patient.info',
  'doctolib.fr',
  'doctolib.de',
  'ameli.fr',
  'nhs.uk',
  'healthcare.gov',
  'kaiserpermanente.org',
  // Passwords and accounts
  'accounts.google.com',
  'login.microsoftonline.com',
  '1password.com',
  'bitwarden.com',
  'lastpass.com',
];

// Words that mark a host as a bank, mail or health portal even when it is not listed.
const SENSITIVE_HOST_WORD =
  /(^|[.-])(bank|banking|banque|onlinebanking|webmail|mail|patient)([.-]|$)/i;

/**
 * Normalises what a reader typed ("https://www.Example.com/path", "*.example.com") into a host
 * ("example.com"); null when it is not one.
 */
export function normalizeSiteEntry(entry: string): string | null {
  let s = entry.trim().toLowerCase();
  if (!s) return null;
  s = s
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/[/?#].*$/, '');
  s = s.replace(/:\d+$/, '').replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) ? s : null;
}

/** Whether a page URL belongs to an excluded site (host or any subdomain), or looks sensitive. */
export function isExcludedUrl(url: string, excluded: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  if (SENSITIVE_HOST_WORD.test(host)) return true;
  return excluded.some((site) => host === site || host.endsWith(`.${site}`));
}
