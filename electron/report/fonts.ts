import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  BUNDLED_FONT_FILES,
  BUNDLED_FONTS,
  SYSTEM_FONT_FILES,
  SYSTEM_FONTS,
  type ReportFonts,
} from '@shared/report/fonts';
import type { FontBytes } from '@shared/report/render';

// Where the report's fonts come from in Node (the CLI, the tests, the
// bench, and the main process). The packaged app carries Noto Sans SC in
// its resources folder (electron-builder extraResources); a checkout reads
// it from the npm package. No font file is in the repository.

// Not named `require`: the bundler declares that name in the main bundle.
const resolveFrom = createRequire(import.meta.url);

const PACKAGE_FILES: Readonly<Record<string, string>> = {
  [BUNDLED_FONT_FILES.regular]:
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  [BUNDLED_FONT_FILES.bold]:
    '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

export class FontMissingError extends Error {
  constructor(readonly fileName: string) {
    super(`font not found: ${fileName}`);
  }
}

function bundledFontPath(name: string): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const packaged = resources ? path.join(resources, 'fonts', name) : null;
  if (packaged && existsSync(packaged)) return packaged;
  const spec = PACKAGE_FILES[name];
  if (!spec) throw new FontMissingError(name);
  try {
    return resolveFrom.resolve(spec);
  } catch {
    throw new FontMissingError(name);
  }
}

// Folders where Windows and the usual Linux layouts keep 仿宋 and 黑体.
function systemFontDirs(): string[] {
  const windows = process.env.WINDIR ?? 'C:\\Windows';
  return [
    path.join(windows, 'Fonts'),
    path.join(
      os.homedir(),
      'AppData',
      'Local',
      'Microsoft',
      'Windows',
      'Fonts',
    ),
    '/usr/share/fonts/truetype/windows',
    '/usr/share/fonts/windows',
    path.join(os.homedir(), '.fonts'),
    '/Library/Fonts',
  ];
}

function findSystemFont(fileName: string): string | null {
  for (const dir of systemFontDirs()) {
    for (const name of [fileName, fileName.toUpperCase()]) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * The system's 仿宋 and 黑体 by their virtual file names, or null unless
 * both are installed; the app's report worker renders with them when the
 * settings allow.
 */
export async function readSystemReportFonts(): Promise<Record<
  string,
  Uint8Array
> | null> {
  const fangsong = findSystemFont(SYSTEM_FONT_FILES.fangsong);
  const heiti = findSystemFont(SYSTEM_FONT_FILES.heiti);
  if (!fangsong || !heiti) return null;
  return {
    [SYSTEM_FONT_FILES.fangsong]: await readFile(fangsong),
    [SYSTEM_FONT_FILES.heiti]: await readFile(heiti),
  };
}

/**
 * The fonts to render with and their bytes: the system's 仿宋 and 黑体
 * when asked for and both are present, else the bundled Noto Sans SC.
 */
export async function loadReportFonts(
  useSystemFonts: boolean,
): Promise<{ fonts: ReportFonts; bytes: FontBytes }> {
  if (useSystemFonts) {
    const fangsong = findSystemFont(SYSTEM_FONT_FILES.fangsong);
    const heiti = findSystemFont(SYSTEM_FONT_FILES.heiti);
    if (fangsong && heiti) {
      return {
        fonts: SYSTEM_FONTS,
        bytes: {
          [SYSTEM_FONT_FILES.fangsong]: await readFile(fangsong),
          [SYSTEM_FONT_FILES.heiti]: await readFile(heiti),
        },
      };
    }
  }
  const bytes: Record<string, Uint8Array> = {};
  for (const name of Object.values(BUNDLED_FONT_FILES)) {
    bytes[name] = await readFile(bundledFontPath(name));
  }
  return { fonts: BUNDLED_FONTS, bytes };
}
