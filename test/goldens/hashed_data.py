"""Test inputs the same to the bit in Python and TypeScript (test/runtime/golden.ts
hashedFraction): an integer hash, not np.sin or a PRNG, whose float results could differ."""
import numpy as np


def mix(x):
    """murmur3's 32-bit finalizer of x * 0x9E3779B1 (uint32 arithmetic wraps)."""
    x = x * np.uint32(0x9E3779B1)
    x ^= x >> np.uint32(16)
    x = x * np.uint32(0x85EBCA6B)
    x ^= x >> np.uint32(13)
    x = x * np.uint32(0xC2B2AE35)
    x ^= x >> np.uint32(16)
    return x


def fraction(n):
    """n values in [0, 1), 53 hashed bits each."""
    i = np.arange(n, dtype=np.uint32)
    hi = mix(i).astype(np.float64)
    lo = (mix(i + np.uint32(0x7F4A7C15)) >> np.uint32(11)).astype(np.float64)
    return (hi * 2.0**21 + lo) / 2.0**53
