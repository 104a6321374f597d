/**
 * Debian's Chromium as the e2e tests and the bench start it. The networking
 * flags matter on machines without internet: without them Chromium keeps
 * dialling out and gets refused.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
