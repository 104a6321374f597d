import { appendFileSync } from 'node:fs';
import {
  formatLogLine,
  installLogSink,
  type LogLevel,
} from '@shared/log/logger';

/**
 * The main process's log sink: stderr always, and a file in the user-data
 * folder once the app knows where that is.
 */
export function installMainLogSink(logFile: string | null): void {
  installLogSink((level: LogLevel, module, message, data) => {
    const line = formatLogLine(level, module, message);
    const detail = data === undefined ? '' : ` ${safeJson(data)}`;
    process.stderr.write(`${line}${detail}\n`);
    if (!logFile) return;
    try {
      appendFileSync(logFile, `${line}${detail}\n`);
    } catch {
      // A full or read-only disk must not take logging callers down with it.
    }
  });
}

function safeJson(data: unknown): string {
  if (data instanceof Error) return `${data.name}: ${data.message}`;
  try {
    return JSON.stringify(data);
  } catch {
    return String(data);
  }
}
