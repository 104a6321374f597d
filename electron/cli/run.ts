import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import i18next, { type TFunction } from 'i18next';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { resources } from '@shared/i18n';
import { languages, type Language } from '@shared/settings/schema';

/**
 * The headless entry: the same shared code the app uses, for batch work and
 * checks. `npm run cli -- <command>` in a checkout; the packaged app accepts
 * the same arguments. Problems go to stderr, one line each, in --lang.
 */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
};

export const cliCommands = ['demo', 'help'] as const;
export type CliCommand = (typeof cliCommands)[number];

export function isCliCommand(word: string | undefined): word is CliCommand {
  return cliCommands.includes(word as CliCommand);
}

function languageOf(argv: string[]): Language {
  const index = argv.indexOf('--lang');
  const value = index >= 0 ? argv[index + 1] : undefined;
  return languages.includes(value as Language) ? (value as Language) : 'zh-CN';
}

async function translator(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance) as TFunction;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const t = await translator(languageOf(argv));
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    io.out(t('cli.usage'));
    return command ? 0 : 2;
  }
  if (!isCliCommand(command)) {
    io.err(t('cli.unknownCommand', { command }));
    return 2;
  }
  let values: { out?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { out: { type: 'string' }, lang: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    io.err(t('cli.badOption', { detail: (error as Error).message }));
    return 2;
  }
  return writeDemo(values.out, t, io);
}

async function writeDemo(
  out: string | undefined,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  if (!out) {
    io.err(t('cli.missingOut'));
    return 2;
  }
  const target = path.resolve(out, 'demo-audit.json');
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(demoSnapshot(), null, 2)}\n`);
  } catch (error) {
    io.err(
      t('cli.writeFailed', {
        path: target,
        reason: (error as NodeJS.ErrnoException).code ?? 'error',
      }),
    );
    return 1;
  }
  io.out(t('cli.wrote', { path: target }));
  return 0;
}
