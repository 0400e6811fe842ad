/**
 * Salted SHA-256 (sha256.ts: the sandboxed kernel has no Web Crypto digest) of a
 * canonical form (canonical.ts): what a student copy of an exercise stores instead of the
 * expected value. The salt is random per check and per export, so equal answers in two
 * exercises or two exports do not have equal hashes.
 *
 * Honestly: this is tamper-evident, not secure. The checks run in the student's browser;
 * a hash hides an expected array from someone reading the notebook's source, but a small
 * answer (a number rounded to 2 decimals, a short bool mask) can be found by trying values.
 */
import type { Canonical } from './canonical';
import { sha256 } from './sha256';

/** The hex SHA-256 of `text`'s UTF-8 bytes (async, as Web Crypto's digest was). */
export async function sha256Hex(text: string): Promise<string> {
  return Array.from(sha256(new TextEncoder().encode(text)), (b) => b.toString(16).padStart(2, '0')).join('');
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
