import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TFunction } from 'i18next';

/** Where the CLI writes: stdout for results, stderr for problems. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
};

export const LANG = { type: 'string' } as const;

/**
 * Parses strictly (parseArgs' default): an unknown or malformed option is
 * reported and the caller exits with 2.
 */
export function parseOptions<T extends ParseArgsConfig>(
  config: T,
  t: TFunction,
  io: CliIo,
): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (error) {
    io.err(t('cli.badOption', { detail: (error as Error).message }));
    return null;
  }
}
