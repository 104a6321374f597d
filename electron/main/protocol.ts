import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { contentSecurityPolicy } from '@shared/security/csp';
import { createLogger } from '@shared/log/logger';

/**
 * The renderer is served from `app://cpaw/…` rather than file://, so that it
 * has a real origin (IndexedDB, fetch of bundled fonts, a CSP header) and so
 * that only files inside the renderer folder can ever be read.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cpaw';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const log = createLogger('protocol');

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
      },
    },
  ]);
}

/**
 * Maps a request URL to a file under `root`, or null when the URL is for
 * another host or would escape the folder (`..`, encoded separators,
 * absolute paths).
 */
export function resolveAppPath(
  requestUrl: string,
  root: string,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative =
    pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, relative);
  if (!target.startsWith(resolvedRoot + path.sep)) return null;
  return target;
}

/**
 * `fontsRoot` is where the packaged app keeps the bundled fonts (its
 * resources folder, shared with the report renderer); /fonts/… is served
 * from there so the installer carries one copy.
 */
export function handleAppProtocol(
  rendererRoot: string,
  fontsRoot: string | null,
): void {
  const csp = contentSecurityPolicy(true);
  protocol.handle(APP_SCHEME, async (request) => {
    const isFont = new URL(request.url).pathname.startsWith('/fonts/');
    const root = isFont && fontsRoot ? fontsRoot : rendererRoot;
    const filePath = resolveAppPath(request.url, root);
    if (!filePath) {
      log.warn('refused a request outside the renderer folder');
      return new Response('Not found', { status: 404 });
    }
    const response = await net.fetch(pathToFileURL(filePath).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
