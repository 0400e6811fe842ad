/**
 * WAV decoding (runtime/wav.ts). GOLDENS: small files written by Python's `wave` module
 * (8/16/24/32-bit PCM) and by struct (IEEE float 32/64, plain and WAVE_FORMAT_EXTENSIBLE,
 * with fact and odd-sized LIST chunks before the data), decoded by scipy.io.wavfile.read.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeWav } from '../../runtime/wav';
import '../../runtime/index'; // attaches NDArray's methods (flatten, get)
import type { NDArray } from '../../runtime/index';

interface Golden {
  b64: string;
  rate: number;
  dtype: string;
  shape: number[];
  values: number[];
}

// prettier-ignore
const GOLDENS: Record<string, Golden> = {
  pcm8_mono: {"b64": "UklGRisAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQcAAAAAAX+Agcj/", "rate": 8000, "dtype": "uint8", "shape": [7], "values": [0.0, 1.0, 127.0, 128.0, 129.0, 200.0, 255.0]},
  pcm16_stereo: {"b64": "UklGRjgAAABXQVZFZm10IBAAAAABAAIARKwAABCxAgAEABAAZGF0YRQAAAAAAAEA//9/AID//38AgOgDGPw5MA==", "rate": 44100, "dtype": "int16", "shape": [5, 2], "values": [0.0, 1.0, -1.0, 127.0, -128.0, 32767.0, -32768.0, 1000.0, -1000.0, 12345.0]},
  pcm24_mono: {"b64": "UklGRjwAAABXQVZFZm10IBAAAAABAAEAgLsAAIAyAgADABgAZGF0YRgAAAAAAAABAAD//////38AAIA0EgDM7f+ghgE=", "rate": 48000, "dtype": "int32", "shape": [8], "values": [0.0, 256.0, -256.0, 2147483392.0, -2147483648.0, 1192960.0, -1192960.0, 25600000.0]},
  pcm32_stereo: {"b64": "UklGRjwAAABXQVZFZm10IBAAAAABAAIAAHcBAAC4CwAIACAAZGF0YRgAAAAAAAAAAQAAAP////////9/AAAAgBXNWwc=", "rate": 96000, "dtype": "int32", "shape": [3, 2], "values": [0.0, 1.0, -1.0, 2147483647.0, -2147483648.0, 123456789.0]},
  float32_mono: {"b64": "UklGRloAAABXQVZFZm10IBAAAAADAAEAIlYAAIhYAQAEACAAZmFjdAQAAAAHAAAATElTVAUAAABJTkZPeABkYXRhHAAAAAAAAAAAAAA/AAAAvwAAgD8AAIC/zczMPZW/1jM=", "rate": 22050, "dtype": "float32", "shape": [7], "values": [0.0, 0.5, -0.5, 1.0, -1.0, 0.10000000149011612, 1.0000000116860974e-07]},
  float64_stereo: {"b64": "UklGRm4AAABXQVZFZm10IBAAAAADAAIAgD4AAADoAwAQAEAAZmFjdAQAAAADAAAATElTVAUAAABJTkZPeABkYXRhMAAAAAAAAAAAAAAAAAAAAAAA0D8AAAAAAADQvwAAAAAAAPA/AAAAAAAA8L+amZmZmZm5Pw==", "rate": 16000, "dtype": "float64", "shape": [3, 2], "values": [0.0, 0.25, -0.25, 1.0, -1.0, 0.1]},
  float32_extensible: {"b64": "UklGRmYAAABXQVZFZm10ICgAAAD+/wIARKwAACBiBQAIACAAFgAgAAAAAAADAAAAAAAQAIAAAKoAOJtxZmFjdAQAAAACAAAATElTVAUAAABJTkZPeABkYXRhEAAAAAAAAD8AAAC/AABAPwAAQL8=", "rate": 44100, "dtype": "float32", "shape": [2, 2], "values": [0.5, -0.5, 0.75, -0.75]},
};

const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const flat = (a: NDArray) => Array.from(a.flatten() as Iterable<number>, Number);

describe('decodeWav matches scipy.io.wavfile.read', () => {
  for (const [name, g] of Object.entries(GOLDENS)) {
    it(name, () => {
      const { rate, samples } = decodeWav(bytes(g.b64), `${name}.wav`);
      expect(rate).toBe(g.rate);
      expect(samples.dtype).toBe(g.dtype);
      expect(samples.shape).toEqual(g.shape);
      expect(flat(samples)).toEqual(g.values);
    });
  }

  it('reads an ArrayBuffer and a view at an offset', () => {
    const b = bytes(GOLDENS.pcm16_stereo.b64);
    const padded = new Uint8Array(b.length + 3);
    padded.set(b, 3);
    expect(flat(decodeWav(padded.subarray(3)).samples)).toEqual(GOLDENS.pcm16_stereo.values);
    expect(flat(decodeWav(b.slice().buffer).samples)).toEqual(GOLDENS.pcm16_stereo.values);
  });

  it('the notebook recording: espeak-ng, 44100 Hz mono 16-bit', () => {
    const { rate, samples } = decodeWav(readFileSync(path.resolve('notebooks/visual-numpy/data/bards.wav')), 'bards.wav');
    expect(rate).toBe(44100);
    expect(samples.dtype).toBe('int16');
    expect(samples.shape).toEqual([140242]);
    // scipy.io.wavfile.read: data[44100:44105], data.sum(), abs(data).sum(), argmax
    expect(flat(samples.get('44100:44105') as NDArray)).toEqual([5600, 5628, 5903, 6216, 6532]);
    const d = flat(samples);
    expect(d.reduce((s, v) => s + v, 0)).toBe(3626799);
    expect(d.reduce((s, v) => s + Math.abs(v), 0)).toBe(216569981);
    expect(d.indexOf(Math.max(...d))).toBe(21961);
  });
});

describe('malformed files say what is wrong, naming the file', () => {
  const good = () => bytes(GOLDENS.pcm16_stereo.b64);
  const err = (b: Uint8Array, name = 'audio.wav') => {
    try {
      decodeWav(b, name);
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message}`;
    }
    return 'no error';
  };

  it('not a WAV at all', () => {
    expect(err(new TextEncoder().encode('name,value\n1,2\n'))).toBe("ValueError: audio.wav: not a WAV file (no RIFF header; starts with b'name')");
    expect(err(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'song.mp3')).toBe("ValueError: song.mp3: not a WAV file (no RIFF header; starts with b'ID3\\x04')");
    expect(err(new Uint8Array(0))).toBe('ValueError: audio.wav: not a WAV file (no RIFF header)');
    const avi = good();
    avi.set(new TextEncoder().encode('AVI '), 8);
    expect(err(avi)).toBe("ValueError: audio.wav: not a WAV file (a RIFF file of type b'AVI ', not WAVE)");
    const rifx = good();
    rifx.set(new TextEncoder().encode('RIFX'), 0);
    expect(err(rifx)).toBe('ValueError: audio.wav: big-endian WAV (RIFX) is not supported');
  });

  it('truncated', () => {
    const b = good();
    expect(err(b.subarray(0, 8))).toBe('ValueError: audio.wav: truncated WAV file (8 bytes, shorter than the RIFF header)');
    expect(err(b.subarray(0, 30))).toBe('ValueError: audio.wav: truncated WAV file (inside the fmt chunk)');
    expect(err(b.subarray(0, 40))).toBe('ValueError: audio.wav: truncated WAV file (no data chunk)');
    expect(err(b.subarray(0, b.length - 4))).toBe('ValueError: audio.wav: truncated WAV file: the data chunk says 20 bytes, but only 16 follow');
  });

  it('a data size a streaming writer left unset runs to the end of the file', () => {
    const b = good();
    new DataView(b.buffer).setUint32(40, 0xffffffff, true);
    expect(flat(decodeWav(b).samples)).toEqual(GOLDENS.pcm16_stereo.values);
  });

  it('unsupported encodings and inconsistent headers', () => {
    const b = good();
    const v = new DataView(b.buffer);
    v.setUint16(20, 7, true); // mu-law
    expect(err(b)).toBe('ValueError: audio.wav: unsupported WAV encoding mu-law; only PCM and IEEE float are supported');
    v.setUint16(20, 1, true);
    v.setUint16(32, 3, true); // block align 3 for 2 channels x 2 bytes
    expect(err(b)).toBe("ValueError: audio.wav: fmt chunk's block align 3 is not 2 channels x 2 bytes");
    v.setUint16(32, 4, true);
    v.setUint16(20, 3, true); // float with 16 bits
    expect(err(b)).toBe('ValueError: audio.wav: unsupported float bit depth 16 (32 and 64 are)');
  });
});
