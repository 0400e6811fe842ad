/**
 * Salted SHA-256 (Web Crypto: crypto.subtle, in the page, its workers and Node 20) of a
 * canonical form (canonical.ts): what a student copy of an exercise stores instead of the
 * expected value. The salt is random per check and per export, so equal answers in two
 * exercises or two exports do not have equal hashes.
 *
 * Honestly: this is tamper-evident, not secure. The checks run in the student's browser;
 * a hash hides an expected array from someone reading the notebook's source, but a small
 * answer (a number rounded to 2 decimals, a short bool mask) can be found by trying values.
 */
import type { Canonical } from './canonical';

// Kept at load: a cell may not rebind `crypto` (scope.ts protects it), but be safe.
const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle;

export async function sha256Hex(text: string): Promise<string> {
  if (!subtle) throw new Error('SHA-256 needs Web Crypto (crypto.subtle): a secure context (https or localhost)');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `sha256:<hex>` of the salt and the text. */
export async function saltedHash(salt: string, text: string): Promise<string> {
  return `sha256:${await sha256Hex(`${salt}\n${text}`)}`;
}

/** The hashes a student copy stores for an expected value: the whole value, and its shape alone. */
export async function hashCanonical(salt: string, c: Canonical): Promise<{ hash: string; shape_hash: string }> {
  return { hash: await saltedHash(salt, c.text), shape_hash: await saltedHash(salt, c.shape) };
}

/** A fresh random salt (16 bytes, hex). */
export function newSalt(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
