import { createApp } from './app.js';
import { ConfigError, isDemoWorkspace, loadConfig, type Config } from './config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from './seed.js';

/** How long a stop may take before the process exits anyway. */
const STOP_DEADLINE_MS = 8_000;

/** A setting that cannot work (a bad value, a DEMO_LAB_PORT in use) is one line and exit code 1, never a stack trace. */
function refuseConfiguration(error: unknown): never {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`pulsegraph: bad configuration: ${error.message}`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  refuseConfiguration(error);
}

let app: Awaited<ReturnType<typeof createApp>>;
try {
  app = await createApp(config, { processMetrics: true });
} catch (error) {
  refuseConfiguration(error);
}
const { services } = app;

const empty = await isEmpty(services);
if (isDemoWorkspace(config) && empty) {
  await seedDemo(services);
  console.log(`Demo workspace loaded. Sign in with password "${DEMO_PASSWORD}" as:`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email}  (${account.displayName})`);
}

try {
  const { url } = await app.start();
  console.log(`Pulsegraph is up: web app ${url}/  GraphiQL ${url}/graphql`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
  console.error(
    code === 'EADDRINUSE'
      ? `pulsegraph: port ${config.port} on ${config.host} is already in use; stop what holds it or set PORT to another port`
      : `pulsegraph: not allowed to listen on port ${config.port} on ${config.host}; set PORT to a port above 1023`,
  );
  await app.stop();
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Ctrl-C reaches this process twice (from the terminal and forwarded by npm): stop once.
    if (stopping) return;
    stopping = true;
    services.logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      services.logger.error('shutdown took too long; exiting anyway');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        services.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
