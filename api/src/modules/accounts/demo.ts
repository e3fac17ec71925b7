import type { Config } from '../../config.js';
import { isDemoWorkspace } from '../../config.js';
import type { Executor } from '../../db/database.js';
import * as repo from './repo.js';

/** The demo workspace's accounts (seed.ts creates them); its password is printed on start and offered on the sign-in page. */
export const DEMO_PASSWORD = 'pulsegraph-demo';
export const DEMO_ACCOUNTS = [
  { email: 'ada@demo.pulsegraph.dev', displayName: 'Ada Admin' },
  { email: 'ben@demo.pulsegraph.dev', displayName: 'Ben Member' },
] as const;

export interface DemoAccount {
  email: string;
  displayName: string;
  password: string;
}

/** On a demo workspace, the demo accounts that exist; elsewhere none, so a real workspace never advertises a login. */
export async function demoAccounts(services: { config: Pick<Config, 'seedDemo' | 'database'>; database: { db: Executor } }): Promise<DemoAccount[]> {
  if (!isDemoWorkspace(services.config)) return [];
  const accounts: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await repo.findUserByEmail(services.database.db, account.email)) accounts.push({ ...account, password: DEMO_PASSWORD });
  }
  return accounts;
}
