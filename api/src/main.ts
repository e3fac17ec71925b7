import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from './seed.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`pulsegraph: bad configuration: ${error.message}`);
  process.exit(1);
}

const app = await createApp(config, { processMetrics: true });
const { services } = app;

const empty = await isEmpty(services);
const shouldSeed = config.seedDemo ?? config.database.dialect === 'sqlite';
if (shouldSeed && empty) {
  await seedDemo(services);
  console.log(`Demo workspace loaded. Sign in with password "${DEMO_PASSWORD}" as:`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email}  (${account.displayName})`);
}

const { url } = await app.start();
console.log(`Pulsegraph is up: web app ${url}/  GraphiQL ${url}/graphql`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    services.logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        services.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
