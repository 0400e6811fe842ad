/**
 * The loaders cells call as globals (installed by kernel.ts next to `np` and `display`):
 *
 *     const img = await loadImage('data/digit.png');                // uint8 H x W x 3|4
 *     const { rate, samples } = await loadAudio('speech.wav');       // int16 for 16-bit PCM
 *     const text = await loadText('data/quote.txt');                 // a string
 *
 * Each takes a path or URL, a File/Blob, a Response, or the bytes (ArrayBuffer,
 * Uint8Array). A path names a file uploaded to the notebook (dropped on the page or picked
 * with Upload: kernel/files.ts) if there is one, else it is fetched, a relative one from
 * the notebook's folder (shipped and linked notebooks) or the page's, as Jupyter's working
 * directory. `.npy` files are `np.load`'s, text tables `np.loadtxt` / `np.genfromtxt`'s.
 */
import { NDArray } from '../runtime/ndarray';
import { allocate } from '../runtime/allocate';
import { ValueError } from '../runtime/errors';
import { type ByteSource, readBytes } from '../runtime/source';
import { type Audio, decodeWav } from '../runtime/wav';

/** Options of loadImage. */
export interface LoadImageOptions {
  /**
   * Channels of the result, as PIL's `Image.convert(mode)`: 'RGB' (H x W x 3), 'RGBA'
   * (H x W x 4), 'L' (H x W luminance, ITU-R 601-2 rounded as PIL computes it:
   * (R*19595 + G*38470 + B*7471 + 0x8000) >> 16). Default: 'RGB' when every pixel is
   * opaque, else 'RGBA'.
   */
  mode?: 'RGB' | 'RGBA' | 'L';
}

/**
 * Decodes an image (PNG, JPEG, GIF, WebP, BMP, AVIF: what the browser decodes) into a
 * uint8 array H x W x 3 (opaque) or H x W x 4 (with transparency), as
 * `np.asarray(PIL.Image.open(f))` for colour images. A grayscale file comes back as RGB
 * with R = G = B: pass `{mode: 'L'}` for H x W. Pixels are the file's values: no colour
 * management, no premultiplied alpha.
 *
 * @example
 * const img = await loadImage('data/scene.png');
 * img.shape   // [96, 128, 3]
 */
export async function loadImage(source: ByteSource, opts: LoadImageOptions = {}): Promise<NDArray> {
  const { bytes, name } = await readBytes(source);
  const who = name ?? 'image';
  const mode = opts?.mode;
  if (mode !== undefined && mode !== 'RGB' && mode !== 'RGBA' && mode !== 'L') {
    throw new ValueError(`loadImage: mode must be 'RGB', 'RGBA' or 'L', not ${JSON.stringify(mode)}`);
  }
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') {
    throw new Error('loadImage needs createImageBitmap and OffscreenCanvas (a browser or its Worker)');
  }
  if (bytes.length === 0) throw new ValueError(`${who}: empty file, not an image`);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  } catch {
    throw new ValueError(`${who}: not an image the browser can decode (PNG, JPEG, GIF, WebP, BMP, AVIF), or a damaged one`);
  }
  const w = bitmap.width;
  const h = bitmap.height;
  let rgba: Uint8ClampedArray;
  try {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('loadImage: no 2d context on OffscreenCanvas');
    ctx.drawImage(bitmap, 0, 0);
    rgba = ctx.getImageData(0, 0, w, h, { colorSpace: 'srgb' }).data;
  } finally {
    bitmap.close();
  }
  const n = w * h;
  let opaque = true;
  for (let k = 3; k < rgba.length; k += 4) {
    if (rgba[k] !== 255) {
      opaque = false;
      break;
    }
  }
  const m = mode ?? (opaque ? 'RGB' : 'RGBA');
  if (m === 'RGBA') {
    const out = allocate('uint8', n * 4, [h, w, 4]);
    out.set(rgba);
    return new NDArray(out, 'uint8', [h, w, 4]);
  }
  if (m === 'L') {
    const out = allocate('uint8', n, [h, w]);
    for (let k = 0, p = 0; k < n; k++, p += 4) out[k] = (rgba[p] * 19595 + rgba[p + 1] * 38470 + rgba[p + 2] * 7471 + 0x8000) >> 16;
    return new NDArray(out, 'uint8', [h, w]);
  }
  const out = allocate('uint8', n * 3, [h, w, 3]);
  for (let k = 0, p = 0, q = 0; k < n; k++, p += 4, q += 3) {
    out[q] = rgba[p];
    out[q + 1] = rgba[p + 1];
    out[q + 2] = rgba[p + 2];
  }
  return new NDArray(out, 'uint8', [h, w, 3]);
}

/**
 * Reads a WAV file into `{rate, samples}`, as `scipy.io.wavfile.read` gives `(rate,
 * data)`: PCM 8/16/24/32-bit and float 32/64; samples uint8 (8-bit), int16 (16-bit),
 * int32 (24-bit left-justified, and 32-bit), float32/float64; one channel is 1-d,
 * several are `[n, channels]`. A file that is not a WAV, or is cut short, raises
 * ValueError naming it (`speech.wav: not a WAV file (no RIFF header; ...)`).
 *
 * @example
 * const { rate, samples } = await loadAudio('data/bards.wav');
 * samples.get(':44100')   // the first second
 */
export async function loadAudio(source: ByteSource): Promise<Audio> {
  const { bytes, name } = await readBytes(source);
  return decodeWav(bytes, name ?? 'audio');
}

/**
 * Reads a text file (UTF-8, a byte order mark dropped), as Python's
 * `open(path, encoding='utf-8').read()`. A file that is not UTF-8 raises ValueError naming it.
 *
 * @example
 * const quote = (await loadText('data/quote.txt')).trim();
 */
export async function loadText(source: ByteSource): Promise<string> {
  const { bytes, name } = await readBytes(source);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValueError(`${name ?? 'text'}: not UTF-8 text`);
  }
}
