import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@shared': `${root}shared`,
      '@renderer': `${root}renderer`,
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    restoreMocks: true,
    // Inlined so that vi.mock('electron') reaches its own import of electron.
    server: { deps: { inline: ['electron-store'] } },
  },
});
