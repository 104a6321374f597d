import packageJson from '../../../package.json';

/**
 * The version written into a package's manifest, so a reader can tell which
 * app made it. Read from package.json at build time in both hosts.
 */
export const APP_VERSION: string = packageJson.version;
