import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The open CJK font the UI falls back to when the system has none (and which
 * the report embeds). It comes from an npm package at build time; no font
 * file is committed. Served at /fonts/<name> in dev and copied there in builds.
 */
const require = createRequire(import.meta.url);

export const appFonts = {
  'NotoSansSC-Regular.ttf':
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC-Bold.ttf':
    '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export function fontSourcePath(name: keyof typeof appFonts): string {
  return require.resolve(appFonts[name]);
}

export function appFontsPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'cpaw-app-fonts',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.replace(/^\/fonts\//, '');
        if (!name || !(name in appFonts)) return next();
        const file = fontSourcePath(name as keyof typeof appFonts);
        if (!existsSync(file)) return next();
        res.setHeader('Content-Type', 'font/ttf');
        createReadStream(file).pipe(res);
      });
    },
    async writeBundle() {
      await mkdir(path.join(outDir, 'fonts'), { recursive: true });
      for (const name of Object.keys(appFonts) as (keyof typeof appFonts)[]) {
        await copyFile(fontSourcePath(name), path.join(outDir, 'fonts', name));
      }
    },
  };
}
