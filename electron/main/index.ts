import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { createLogger } from '@shared/log/logger';
import { defaultPaths, focusExistingWindow, startApp } from './app';
import { installMainLogSink } from './log';
import { registerAppScheme } from './protocol';
import { isCliCommand, runCli } from '../cli/run';

const mainDir = path.dirname(fileURLToPath(import.meta.url));

installMainLogSink(null);
const log = createLogger('main');

// The packaged app doubles as the command line: `app demo --out DIR`.
const cliArgs = process.argv.slice(app.isPackaged ? 1 : 2);

if (isCliCommand(cliArgs[0])) {
  void runCli(cliArgs, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => app.exit(code));
} else {
  startGui();
}

// One instance only: a second launch focuses the first window instead of
// opening the same IndexedDB from two processes.
function startGui(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    registerAppScheme();
    app.on('second-instance', focusExistingWindow);
    app.on('window-all-closed', () => app.quit());
    app
      .whenReady()
      .then(() => {
        installMainLogSink(path.join(app.getPath('userData'), 'main.log'));
        return startApp(defaultPaths(mainDir));
      })
      .catch((error: unknown) => {
        log.error('start-up failed', error);
        app.exit(1);
      });
  }
}
