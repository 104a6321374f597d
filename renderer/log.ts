import { installLogSink } from '@shared/log/logger';

/** The renderer's log sink: the devtools console, nothing else. */
export function installRendererLogSink(): void {
  installLogSink((level, module, message, data) => {
    const line = `[${module}] ${message}`;
    const write =
      level === 'error'
        ? console.error
        : level === 'warn'
          ? console.warn
          : console.info;
    if (data === undefined) write(line);
    else write(line, data);
  });
}
