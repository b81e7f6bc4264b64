/** PBKDF2-SHA-256 iterations: OWASP's 2023 floor for this hash. */
export const PBKDF2_ITERATIONS = 600_000;

/** The known plaintext in the server's meta document: decrypting it proves the passphrase. */
const CHECK_TEXT = 'backstory-sync-check-v1';

/** The keys of one sync database: AES-GCM for bodies, HMAC-SHA-256 for document ids. */
export interface SyncKeys {
  aes: CryptoKey;
  hmac: CryptoKey;
}

/** What the server stores of an encrypted body: a fresh 96-bit IV and the ciphertext (base64). */
export interface Sealed {
  iv: string;
  ct: string;
}

/** The passphrase does not open this server's archive (or the server's data is not ours). */
export class WrongPassphraseError extends Error {
  constructor() {
    super('This passphrase does not open the archive on the sync server. Nothing was changed.');
    this.name = 'WrongPassphraseError';
  }
}

const subtle = () => globalThis.crypto.subtle;
const utf8 = new TextEncoder();

/** Base64 of bytes (btoa: the same in Node 20 and the service worker). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** Bytes of base64. */
export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A random salt for a new sync database (16 bytes, base64). */
export function newSalt(): string {
  return toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * Derives the database's keys from the passphrase: 512 bits of PBKDF2-SHA-256 over the
 * database's salt, split into the AES-GCM key and the HMAC key (neither is extractable).
 */
export async function deriveSyncKeys(
  passphrase: string,
  salt: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<SyncKeys> {
  const base = await subtle().importKey('raw', utf8.encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await subtle().deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
      base,
      512,
    ),
  );
  const [aes, hmac] = await Promise.all([
    subtle().importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']),
    subtle().importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  ]);
  return { aes, hmac };
}

/** Encrypts a JSON value with a fresh random IV. */
export async function seal(keys: SyncKeys, value: unknown): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv },
    keys.aes,
    utf8.encode(JSON.stringify(value)),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Decrypts a sealed body; a wrong key (or a body altered on the server) is WrongPassphraseError. */
export async function unseal<T>(keys: SyncKeys, sealed: Sealed): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      keys.aes,
      fromBase64(sealed.ct),
    );
  } catch {
    throw new WrongPassphraseError();
  }
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** A document id that reveals nothing of `name` (an article key is a URL): hex HMAC-SHA-256. */
export async function opaqueId(keys: SyncKeys, name: string): Promise<string> {
  const mac = new Uint8Array(await subtle().sign('HMAC', keys.hmac, utf8.encode(name)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The check body stored beside the salt. */
export function sealCheck(keys: SyncKeys): Promise<Sealed> {
  return seal(keys, CHECK_TEXT);
}

/** Throws WrongPassphraseError unless the keys open the check body. */
export async function verifyCheck(keys: SyncKeys, check: Sealed): Promise<void> {
  if ((await unseal<string>(keys, check)) !== CHECK_TEXT) throw new WrongPassphraseError();
}
