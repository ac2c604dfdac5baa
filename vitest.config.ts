import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // LibreOffice conversions in the end-to-end tests take seconds each.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
