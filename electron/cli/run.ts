import i18next, { type TFunction } from 'i18next';
import { resources } from '@shared/i18n';
import { languages, type Language } from '@shared/settings/schema';
import { LANG, parseOptions, type CliIo } from './common';
import { writeDemo } from './demo';
import { runFeasibility } from './feasibility';
import { runReport } from './report';
import { runPackageCommand } from './package';
import { runSummary } from './summary';

export type { CliIo } from './common';

/**
 * The headless entry: the same shared code the app uses, for batch work and
 * checks. `npm run cli -- <command>` in a checkout; the packaged app accepts
 * the same arguments. Problems go to stderr, one line each, in --lang.
 */
export const cliCommands = [
  'demo',
  'summary',
  'feasibility',
  'report',
  'package',
  'verify',
  'help',
] as const;
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
    io.out(
      `${t('cli.usage')}\n${t('report.cli.usage')}\n${t('packages.cli.usage')}`,
    );
    return command ? 0 : 2;
  }
  if (!isCliCommand(command)) {
    io.err(t('cli.unknownCommand', { command }));
    return 2;
  }
  const language = languageOf(argv);
  if (command === 'summary') return runSummary(rest, language, t, io);
  if (command === 'feasibility') return runFeasibility(rest, language, t, io);
  if (command === 'report') return runReport(rest, t, io);
  if (command === 'package' || command === 'verify') {
    return runPackageCommand(command, rest, t, io);
  }
  const parsed = parseOptions(
    { args: rest, options: { out: { type: 'string' }, lang: LANG } },
    t,
    io,
  );
  return parsed ? writeDemo(parsed.values.out, t, io) : 2;
}
