import type { PreloadApi } from '@shared/ipc/contract';
import { electronPlatform } from './electron';
import type { Platform } from './types';
import { webPlatform } from './web';

export type { Platform, PlatformResult } from './types';

declare global {
  interface Window {
    cpaw?: PreloadApi;
  }
}

let current: Platform | null = null;

/** The preload bridge exists only inside Electron; anywhere else we are the web host. */
export function platform(): Platform {
  current ??= window.cpaw ? electronPlatform(window.cpaw) : webPlatform();
  return current;
}
