/**
 * The kernel's SHA-256 (kernel/exercises/sha256.ts) against Node's, on FIPS 180-4's vectors
 * and on random inputs of every length around the block and padding edges (55, 56, 64 ...).
 */
import { describe, it, expect } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { sha256 } from '../../../kernel/exercises/sha256';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256', () => {
  it("FIPS 180-4's examples", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha256(enc('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(enc('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(enc('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals Node\'s on random bytes of lengths 0 to 200 and 100,000', () => {
    for (const n of [...Array(201).keys(), 100_000]) {
      const b = new Uint8Array(randomBytes(n));
      expect(hex(sha256(b)), `length ${n}`).toBe(node(b));
    }
  });
});
