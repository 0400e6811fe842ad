/**
 * np.fft: discrete Fourier transforms as NumPy's pocketfft computes them (numpy/fft).
 * Cores on split re/im Float64Arrays (plan.ts, passes.ts, real.ts); the array API in
 * transforms.ts (1-d), nd.ts (n-d) and helper.ts (frequencies and shifts).
 */
import { fft, ifft, rfft, irfft, hfft, ihfft } from './transforms';
import { fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn } from './nd';
import { fftfreq, rfftfreq, fftshift, ifftshift } from './helper';

export const fftNamespace = {
  fft, ifft, rfft, irfft, hfft, ihfft,
  fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn,
  fftfreq, rfftfreq, fftshift, ifftshift,
};

export default fftNamespace;
