/**
 * WAV decoding in pure TypeScript, as `scipy.io.wavfile.read`: the kernel's `loadAudio`
 * uses it (not spread onto `np`: WAV is SciPy's business, not NumPy's).
 *
 * Reads RIFF/WAVE files with PCM (format 1), IEEE float (format 3) or
 * WAVE_FORMAT_EXTENSIBLE (0xFFFE with a PCM or float sub-format) samples, little-endian.
 * Samples keep their stored type, as SciPy returns them:
 *
 * | stored              | dtype   | values                                             |
 * |---------------------|---------|----------------------------------------------------|
 * | 8-bit PCM           | uint8   | 0..255, silence at 128                             |
 * | 16-bit PCM          | int16   | -32768..32767                                      |
 * | 24-bit PCM          | int32   | left-justified: the sample times 256, as SciPy     |
 * | 32-bit PCM          | int32   |                                                    |
 * | 32-bit float        | float32 | -1..1                                              |
 * | 64-bit float        | float64 | -1..1                                              |
 *
 * One channel gives a 1-d array of `n` samples; more give `[n, channels]`. Malformed
 * files raise ValueError naming the file and what is wrong.
 */
import { NDArray } from './ndarray';
import type { DType } from './dtype';
import { allocate } from './allocate';
import { ValueError } from './errors';
import { bytesOf } from './source';

/** A decoded WAV: the sample rate (Hz) and the samples, as scipy.io.wavfile.read's (rate, data). */
export interface Audio {
  rate: number;
  samples: NDArray;
}

const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_IEEE_FLOAT = 3;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** Sizes some streaming writers put in a header they cannot seek back to. */
const STREAMING_SIZES = new Set([0, 0xffffffff, 0x7ffff000, 0x7fffffff]);

function tag(b: Uint8Array, at: number): string {
  return String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
}

/** Python's repr of the bytes of a 4-character tag: b'RIFF', b'\x89PNG'. */
function printable(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "'" || ch === '\\') out += '\\' + ch;
    else out += c >= 0x20 && c < 0x7f ? ch : '\\x' + c.toString(16).padStart(2, '0');
  }
  return `b'${out}'`;
}

/**
 * Decodes a WAV file's bytes into `{rate, samples}` (see the module comment for dtypes
 * and shapes). `name` (a file name or URL) starts every error message.
 *
 * @example
 * const { rate, samples } = decodeWav(bytes, 'speech.wav');   // 44100, int16 array
 */
export function decodeWav(source: ArrayBuffer | ArrayBufferView, name = 'input'): Audio {
  const b = bytesOf(source);
  const fail = (what: string): never => {
    throw new ValueError(`${name}: ${what}`);
  };
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 12) fail(b.length >= 4 && tag(b, 0) === 'RIFF' ? `truncated WAV file (${b.length} bytes, shorter than the RIFF header)` : 'not a WAV file (no RIFF header)');
  const riff = tag(b, 0);
  if (riff === 'RIFX') fail('big-endian WAV (RIFX) is not supported');
  if (riff === 'RF64') fail('RF64 (WAV over 4 GiB) is not supported');
  if (riff !== 'RIFF') fail(`not a WAV file (no RIFF header; starts with ${printable(riff)})`);
  if (tag(b, 8) !== 'WAVE') fail(`not a WAV file (a RIFF file of type ${printable(tag(b, 8))}, not WAVE)`);

  let fmt: { format: number; channels: number; rate: number; blockAlign: number; bits: number } | null = null;
  let data: Uint8Array | null = null;
  let at = 12;
  while (at + 8 <= b.length) {
    const id = tag(b, at);
    let size = view.getUint32(at + 4, true);
    const start = at + 8;
    if (id === 'fmt ') {
      if (size < 16) fail(`fmt chunk too short (${size} bytes, at least 16 needed)`);
      if (start + 16 > b.length) fail('truncated WAV file (inside the fmt chunk)');
      let format = view.getUint16(start, true);
      const channels = view.getUint16(start + 2, true);
      const rate = view.getUint32(start + 4, true);
      const blockAlign = view.getUint16(start + 12, true);
      const bits = view.getUint16(start + 14, true);
      if (format === WAVE_FORMAT_EXTENSIBLE) {
        if (size < 40 || start + 26 > b.length) fail('WAVE_FORMAT_EXTENSIBLE fmt chunk too short');
        format = view.getUint16(start + 24, true); // the sub-format GUID's first two bytes
      }
      fmt = { format, channels, rate, blockAlign, bits };
    } else if (id === 'data') {
      const rest = b.length - start;
      if (size > rest) {
        // A writer streaming to a pipe cannot fill in the size: the data runs to the end.
        if (STREAMING_SIZES.has(size)) size = rest;
        else fail(`truncated WAV file: the data chunk says ${size} bytes, but only ${rest} follow`);
      } else if (size === 0 && rest > 0 && fmt && !tagAt(b, start)) {
        size = rest;
      }
      data = b.subarray(start, start + size);
      break;
    }
    at = start + size + (size & 1);
  }
  if (!fmt) fail(data ? 'no fmt chunk before the data chunk' : at + 8 > b.length && at < b.length ? 'truncated WAV file (in a chunk header)' : 'not a complete WAV file (no fmt chunk)');
  const { format, channels, rate, blockAlign, bits } = fmt!;
  if (!data) fail('truncated WAV file (no data chunk)');
  if (channels === 0) fail('fmt chunk says 0 channels');
  let dtype: DType;
  let width: number;
  if (format === WAVE_FORMAT_PCM) {
    width = Math.ceil(bits / 8);
    if (width === 1) dtype = 'uint8';
    else if (width === 2) dtype = 'int16';
    else if (width === 3 || width === 4) dtype = 'int32';
    else throw new ValueError(`${name}: unsupported PCM bit depth ${bits} (8, 16, 24 and 32 are)`);
  } else if (format === WAVE_FORMAT_IEEE_FLOAT) {
    if (bits === 32) dtype = 'float32';
    else if (bits === 64) dtype = 'float64';
    else throw new ValueError(`${name}: unsupported float bit depth ${bits} (32 and 64 are)`);
    width = bits / 8;
  } else {
    const known: Record<number, string> = { 2: 'Microsoft ADPCM', 6: 'A-law', 7: 'mu-law', 0x11: 'IMA ADPCM', 0x55: 'MP3' };
    throw new ValueError(`${name}: unsupported WAV encoding ${known[format] ?? `(format tag ${format})`}; only PCM and IEEE float are supported`);
  }
  if (blockAlign !== width * channels) fail(`fmt chunk's block align ${blockAlign} is not ${channels} channels x ${width} bytes`);
  const n = Math.floor(data!.length / blockAlign);
  const count = n * channels;
  const out = allocate(dtype, count, channels === 1 ? [n] : [n, channels]);
  const dv = new DataView(data!.buffer, data!.byteOffset, count * width);
  switch (dtype) {
    case 'uint8':
      out.set(data!.subarray(0, count));
      break;
    case 'int16':
      for (let k = 0; k < count; k++) out[k] = dv.getInt16(2 * k, true);
      break;
    case 'int32':
      if (width === 3) {
        for (let k = 0, p = 0; k < count; k++, p += 3) out[k] = (data![p] << 8) | (data![p + 1] << 16) | (data![p + 2] << 24);
      } else {
        for (let k = 0; k < count; k++) out[k] = dv.getInt32(4 * k, true);
      }
      break;
    case 'float32':
      for (let k = 0; k < count; k++) out[k] = dv.getFloat32(4 * k, true);
      break;
    default:
      for (let k = 0; k < count; k++) out[k] = dv.getFloat64(8 * k, true);
  }
  return { rate, samples: new NDArray(out, dtype, channels === 1 ? [n] : [n, channels]) };
}

/** True when a chunk header (4 printable ASCII characters) starts at `at`. */
function tagAt(b: Uint8Array, at: number): boolean {
  if (at + 8 > b.length) return false;
  for (let k = 0; k < 4; k++) if (b[at + k] < 0x20 || b[at + k] > 0x7e) return false;
  return true;
}
