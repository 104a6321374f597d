import { preview } from 'vite';
import { rendererConfig } from './renderer-config';

/**
 * Serves the built renderer on 127.0.0.1 for a plain browser: the web host.
 * Run through `npm run web`, which builds first.
 */
const port = Number(process.env.PORT ?? 5173);
const server = await preview({
  ...rendererConfig(),
  configFile: false,
  preview: { host: '127.0.0.1', port, strictPort: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
process.stdout.write(
  `CP Audit Workbench (web host) at ${url}\nCtrl+C stops it.\n`,
);
