import { optionsFromEnv } from './cli-options';
import { READONLY_KEY, startSandbox } from './server';

/** `npm run sandbox`: the sandbox as a standalone server, for `npm start` and manual poking. */

async function main(): Promise<void> {
  const sandbox = await startSandbox(optionsFromEnv(process.env, process.argv.slice(2)));
  // The keys are printed on purpose: they are fixed, public sandbox keys, not real secrets.
  console.log(
    [
      '',
      'Sume sandbox is running',
      `  Base URL      ${sandbox.baseUrl}`,
      `  Demo key      ${sandbox.demoKey}`,
      `  Read-only key ${READONLY_KEY}`,
      `  Control API   ${sandbox.origin}/__sandbox/  (state, faults, config, reset)`,
      `  OpenAPI       ${sandbox.baseUrl}/openapi.json`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nSume sandbox stopping (${signal})`);
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`Sume sandbox failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
