/**
 * One small logger per process, named per module: `[report] built 42 pages`.
 * Each process installs its own sink once (main writes to stderr and a log
 * file, the renderer to the devtools console); modules only ever call
 * `createLogger('name')`. Never log personal data of the audited company.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type LogSink = (
  level: LogLevel,
  module: string,
  message: string,
  data?: unknown,
) => void;

export type Logger = Record<
  LogLevel,
  (message: string, data?: unknown) => void
>;

const levelOrder: Record<LogLevel, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
};

const silentSink: LogSink = () => undefined;

let activeSink: LogSink = silentSink;
let threshold: LogLevel = 'info';

export function installLogSink(sink: LogSink, minLevel: LogLevel = 'info') {
  activeSink = sink;
  threshold = minLevel;
}

export function createLogger(module: string): Logger {
  const emit = (level: LogLevel) => (message: string, data?: unknown) => {
    if (levelOrder[level] < levelOrder[threshold]) return;
    activeSink(level, module, message, data);
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
  };
}

export function formatLogLine(
  level: LogLevel,
  module: string,
  message: string,
): string {
  return `${new Date().toISOString()} ${level.toUpperCase()} [${module}] ${message}`;
}
