"""Writes spectrum.ipynb: "The spectrum of a sound", np.fft.rfft and np.fft.rfftfreq on the
visual-numpy tutorial's recording (../visual-numpy/data/bards.wav) and on a chord made here
(data/chord.wav, by data/make_chord.py): peaks found with argsort, note names, and a
spectrogram from frames. Run: python3 make_notebook.py
(test/e2e/example-notebooks.test.ts runs every cell)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from nbbuild import Builder  # noqa: E402

nb = Builder("spectrum")
md, code = nb.md, nb.code


md("""
# The spectrum of a sound

A recording is a 1-D array of air-pressure samples. The **discrete Fourier transform**
rewrites it as a sum of sine waves: how much of each frequency it contains, its
**spectrum**. For real input NumPy's `np.fft.rfft` returns the non-negative frequencies
only, as complex numbers (amplitude and phase); `np.fft.rfftfreq(n, 1 / rate)` says which
frequency in hertz each entry is.
""")

md("""
## A chord

`data/chord.wav` was made for this notebook (`data/make_chord.py`): an A major chord,
the notes A4, C♯5 and E5 played together, each with a few fainter harmonics.
""")
code("""
const chord = await loadAudio("data/chord.wav");
const n = chord.samples.size;
console.log("rate", chord.rate, "Hz,", n, "samples,", (n / chord.rate).toFixed(2), "s");
const spectrum = np.abs(np.fft.rfft(chord.samples));
const freqs = np.fft.rfftfreq(n, 1 / chord.rate);
plt.figure({figsize: [9, 3.6]});
plt.plot(freqs, spectrum);
plt.xlim(0, 3000);
plt.xlabel("frequency [Hz]"); plt.ylabel("|rfft|"); plt.title("Spectrum of the chord");
plt.tight_layout();
console.log("rfft gives", spectrum.size, "frequencies, 0 to", freqs.get(-1).toFixed(1), "Hz, every", (freqs.get(1) - freqs.get(0)).toFixed(3), "Hz");
""")

md("""
## Finding the notes

A peak is an entry larger than both neighbours: `np.roll(s, 1)` shifts the spectrum by one
place, so `s > np.roll(s, 1)` compares each entry with its left neighbour (and
`np.roll(s, -1)` with its right one). Among the peaks, `argsort` orders them by height; the three tallest are the three notes. A frequency $f$ is $12 \\log_2(f / 440)$
semitones away from A4 (440 Hz), which names the note.
""")
code("""
const s = spectrum;
const isPeak = (s > np.roll(s, 1)) & (s > np.roll(s, -1));
const peaks = np.flatnonzero(isPeak);
const tallest = peaks.get(np.argsort(s.get(peaks)).get("::-1").get(":3"));
const found = np.sort(freqs.get(tallest));
const NAMES = ["A", "A♯", "B", "C", "C♯", "D", "D♯", "E", "F", "F♯", "G", "G♯"];
for (const f of found.tolist() as number[]) {
  const semitones = Math.round(12 * Math.log2(f / 440));
  const octave = 4 + Math.floor((semitones + 9) / 12);
  console.log(`${f.toFixed(1)} Hz: ${NAMES[((semitones % 12) + 12) % 12]}${octave}`);
}
""")

md("""
## A spoken sentence

`../visual-numpy/data/bards.wav` is the sentence of the *Visual Intro to NumPy* notebook,
"Have the bards who preceded me left any theme unsung?". Speech has no steady notes: its
spectrum over the whole recording is a blur of the voice's pitch and its vowels' bands.
""")
code("""
const bards = await loadAudio("../visual-numpy/data/bards.wav");
const voice = bards.samples / 32768;
const vs = np.abs(np.fft.rfft(voice));
const vf = np.fft.rfftfreq(voice.size, 1 / bards.rate);
plt.figure({figsize: [9, 3.6]});
plt.plot(vf, vs, {linewidth: 0.6});
plt.xlim(0, 5000);
plt.xlabel("frequency [Hz]"); plt.ylabel("|rfft|"); plt.title("Spectrum of the whole sentence");
plt.tight_layout();
console.log("strongest frequency:", vf.get(vs.argmax()).toFixed(1), "Hz");
""")

md("""
## A spectrogram

To see how the spectrum changes in time, cut the sound into short overlapping **frames**
(1024 samples, a new one every 256), taper each with a Hann window (`np.hanning`), and
take `rfft` of every frame at once (`{axis: 1}`). The frames are gathered with one fancy
index: row $i$ of `idx` is `i * hop + [0, 1, ..., 1023]`. Drawn with time across and
frequency up, in decibels, it shows the syllables, the voice's harmonics as stripes and
the hiss of "s" high up.
""")
code("""
const frame = 1024, hop = 256;
const count = Math.floor((voice.size - frame) / hop) + 1;
const idx = np.arange(count).get(":, None") * hop + np.arange(frame);
const frames = voice.get(idx) * np.hanning(frame);
const S = np.abs(np.fft.rfft(frames, {axis: 1}));
const dB = 20 * np.log10(S.T + 1e-6);
plt.figure({figsize: [10, 4.2]});
plt.imshow(dB, {origin: "lower", aspect: "auto", cmap: "magma", vmin: dB.max() - 80,
  extent: [0, voice.size / bards.rate, 0, bards.rate / 2]});
plt.ylim(0, 8000);
plt.colorbar({label: "dB"});
plt.xlabel("time [s]"); plt.ylabel("frequency [Hz]"); plt.title("Spectrogram of the sentence");
plt.tight_layout();
console.log("frames", frames.shape, "-> spectrogram", dB.shape);
""")

nb.write(__file__, "spectrum.ipynb", "The spectrum of a sound")
