/**
 * The Content-Security-Policy of the renderer, in both hosts. Nothing remote:
 * scripts, styles, fonts and workers come from the app itself; images may
 * also be blob: or data: URLs made from attachments stored in IndexedDB.
 * frame-ancestors only works as a header, so the meta-tag variant drops it.
 */
const directives: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' blob: data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export function contentSecurityPolicy(asHeader: boolean): string {
  const all = asHeader
    ? [...directives, ['frame-ancestors', "'none'"] as [string, string]]
    : directives;
  return all.map(([name, value]) => `${name} ${value}`).join('; ');
}
