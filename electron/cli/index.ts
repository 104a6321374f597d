import { runCli } from './run';

// `npm run cli -- <command>`: runs under tsx in a checkout.
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
