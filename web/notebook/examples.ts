/**
 * The notebooks we ship (notebooks/<id>/<id>.ipynb, bundled as text): the notebook list's
 * Examples section and `?example=<id>` links. Adding one is an entry here. Opening an
 * example makes a fresh stored copy (the user's edits never alter the shipped one) and
 * runs nothing; its location is recorded so that its cells read their data relative to it
 * (`loadImage('data/scene.png')`: notebooks/<id>/data/, copied into the build by vite.config.ts).
 */
import { importIpynb } from '../sharing/ipynb';
import type { Notebook } from './notebook-model';
import { withLocation } from '../sharing/notebook-location';
import visualNumpy from '../../notebooks/visual-numpy/visual-numpy.ipynb?raw';
import exercisesVisualNumpy from '../../notebooks/exercises-visual-numpy/exercises-visual-numpy.ipynb?raw';
import plotting from '../../notebooks/plotting/plotting.ipynb?raw';
import svdCompression from '../../notebooks/svd-compression/svd-compression.ipynb?raw';
import mooresLaw from '../../notebooks/moores-law/moores-law.ipynb?raw';
import mandelbrot from '../../notebooks/mandelbrot/mandelbrot.ipynb?raw';
import spectrum from '../../notebooks/spectrum/spectrum.ipynb?raw';

export interface Example {
  /** What `?example=` names. */
  id: string;
  title: string;
  description: string;
  /** The .ipynb's path relative to the app: relative paths in its cells resolve against it. */
  path: string;
  /** The .ipynb text. */
  ipynb: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'visual-numpy',
    title: 'A Visual Intro to NumPy',
    description: 'Arrays, matrices and more dimensions drawn as you compute them; then tables, audio, images and text as arrays.',
    path: 'notebooks/visual-numpy/visual-numpy.ipynb',
    ipynb: visualNumpy,
  },
  {
    id: 'exercises-visual-numpy',
    title: 'Exercises: A Visual Intro to NumPy',
    description: 'Twelve exercises along the tutorial, from creating arrays to images, audio and text: Check your answer, take a hint, see a solution; your progress is saved.',
    path: 'notebooks/exercises-visual-numpy/exercises-visual-numpy.ipynb',
    ipynb: exercisesVisualNumpy,
  },
  {
    id: 'plotting',
    title: 'Plotting with plt',
    description: "matplotlib's pyplot in cells: lines, scatter, histograms, images, contours, pies, box plots, subplots and twin axes.",
    path: 'notebooks/plotting/plotting.ipynb',
    ipynb: plotting,
  },
  {
    id: 'svd-compression',
    title: 'Image compression with the SVD',
    description: 'np.linalg.svd on a grayscale picture: singular values on a log scale, rank-k approximations side by side, storage, error and energy captured.',
    path: 'notebooks/svd-compression/svd-compression.ipynb',
    ipynb: svdCompression,
  },
  {
    id: 'moores-law',
    title: "Fitting a trend on a log scale: Moore's law",
    description: 'Transistor counts of 43 processors, 1971–2021: a log axis, np.polyfit on the logarithms, the doubling time, residuals, Polynomial.fit and a prediction.',
    path: 'notebooks/moores-law/moores-law.ipynb',
    ipynb: mooresLaw,
  },
  {
    id: 'mandelbrot',
    title: 'The Mandelbrot and Julia sets',
    description: 'Complex arrays: a grid of c = x + y * np.j, z * z + c iterated on every pixel at once, escape times drawn with a colormap, the area estimated, four Julia sets.',
    path: 'notebooks/mandelbrot/mandelbrot.ipynb',
    ipynb: mandelbrot,
  },
  {
    id: 'spectrum',
    title: 'The spectrum of a sound',
    description: 'np.fft.rfft and rfftfreq: the notes of a chord found with argsort, the spectrum of a spoken sentence, and its spectrogram from frames.',
    path: 'notebooks/spectrum/spectrum.ipynb',
    ipynb: spectrum,
  },
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

/** A fresh copy of the example's notebook, its location recorded. */
export function exampleNotebook(example: Example): Notebook {
  return withLocation(importIpynb(example.ipynb), example.path);
}
