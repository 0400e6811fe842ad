import { defineConfig } from 'vitest/config';

// Two cores: keep the pool small so the unit suite and a build can share the machine.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 30_000,
    // KaTeX's stylesheet is read as text by web/sharing/html-katex.ts (other CSS stays stubbed).
    css: { include: [/katex\.min\.css/] },
  },
});
