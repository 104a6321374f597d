import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy } from '../shared/security/csp';
import { appFontsPlugin } from './app-fonts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Puts the CSP into index.html for builds (the dev server needs inline React refresh). */
function cspMetaPlugin(): Plugin {
  return {
    name: 'cpaw-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(false),
        },
        injectTo: 'head',
      },
    ],
  };
}

/** One renderer build serves both hosts: Electron and a plain browser. */
export function rendererConfig(): UserConfig {
  return {
    root: `${root}renderer`,
    base: './',
    publicDir: false,
    resolve: {
      alias: {
        '@shared': `${root}shared`,
        '@renderer': `${root}renderer`,
      },
    },
    plugins: [react(), cspMetaPlugin(), appFontsPlugin()],
    build: {
      // CPAW_OUT_DIR lets parallel e2e runs build into their own folders.
      outDir: process.env.CPAW_OUT_DIR ?? `${root}out/renderer`,
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: false,
      chunkSizeWarningLimit: 2500,
    },
  };
}
