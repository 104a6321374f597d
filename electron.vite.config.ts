import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './scripts/renderer-config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = { '@shared': `${root}shared` };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: `${root}electron/main/index.ts` } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: `${root}electron/preload/index.ts` },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig(),
    build: {
      ...rendererConfig().build,
      rollupOptions: { input: { index: `${root}renderer/index.html` } },
    },
  },
});
