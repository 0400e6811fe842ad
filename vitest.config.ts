import { defineConfig } from 'vitest/config';

// Two cores: keep the pool small so the unit suite and a build can share the machine.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // e2e tests open pages and run cells: on a loaded 2-core machine one can take well over 30 s.
    testTimeout: 120_000,
    // KaTeX's stylesheet is read as text by web/sharing/html-katex.ts (other CSS stays stubbed).
    css: { include: [/katex\.min\.css/] },
  },
});
