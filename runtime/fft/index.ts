/**
 * np.fft: discrete Fourier transforms as NumPy's pocketfft computes them (numpy/fft).
 * Cores on split re/im Float64Arrays (plan.ts, passes.ts, real.ts); the array API in
 * transforms.ts (1-d), nd.ts (n-d) and helper.ts (frequencies and shifts). np spreads this
 * module into `np.fft`, so each function keeps its declaration (and its docs in the editor).
 */
export { fft, ifft, rfft, irfft, hfft, ihfft } from './transforms';
export { fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn } from './nd';
export { fftfreq, rfftfreq, fftshift, ifftshift } from './helper';
