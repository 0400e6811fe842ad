"""Synthesises chord.wav: an A major chord (A4 440 Hz, C#5 554.37 Hz, E5 659.26 Hz, equal
temperament), each note a plucked-string-like tone (fundamental plus decaying harmonics),
1.5 s, 22050 Hz, mono, 16-bit PCM. Deterministic: no randomness.

    python3 make_chord.py
"""
import wave

import numpy as np

RATE = 22050
DURATION = 1.5
NOTES = {"A4": 440.0, "C#5": 440.0 * 2 ** (4 / 12), "E5": 440.0 * 2 ** (7 / 12)}

t = np.arange(int(RATE * DURATION)) / RATE
signal = np.zeros_like(t)
for f in NOTES.values():
    for h, amp in enumerate([1.0, 0.5, 0.25, 0.12], start=1):
        signal += amp * np.sin(2 * np.pi * h * f * t) * np.exp(-t * (1.5 + h))
attack = np.minimum(t / 0.01, 1)  # 10 ms fade-in: no click at the start
release = np.minimum((DURATION - t) / 0.05, 1)  # 50 ms fade-out
signal *= attack * release
pcm = np.round(signal / np.abs(signal).max() * 0.8 * 32767).astype("<i2")
with wave.open("chord.wav", "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(RATE)
    w.writeframes(pcm.tobytes())
print("chord.wav", pcm.size, "samples", {k: round(v, 2) for k, v in NOTES.items()})
