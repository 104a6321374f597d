import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { rendererConfig } from '../../../scripts/renderer-config';

let server: PreviewServer | null = null;

/** Serves the built renderer (out/renderer) on a free loopback port. */
export async function setup(project: TestProject): Promise<void> {
  server = await preview({
    ...rendererConfig(),
    configFile: false,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
