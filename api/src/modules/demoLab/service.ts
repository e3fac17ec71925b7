import type { WriteParts } from '../../changes/commit.js';
import { ConfigError, type Config } from '../../config.js';
import type { PersonaRow } from '../personas/table.js';
import type { Viewer } from '../../viewer.js';
import { loadUser } from '../accounts/service.js';
import { moveHttpPort } from '../campaigns/service.js';
import { listPersonas, personaConfig, updatePersona } from '../personas/service.js';
import { DemoLab } from './lab.js';
import { LAB_ADDRESS } from './zone.js';

export { DemoLab } from './lab.js';

/**
 * The DNS persona the lab keeps pointed at itself while its one resolver is 127.0.0.1:<port>. A
 * person who points it anywhere else, or renames it, takes it over: the lab leaves it alone.
 */
export const LAB_PERSONA_NAME = 'Demo lab resolver';

type LabWriter = WriteParts & { config: Pick<Config, 'campaigns' | 'demoLab'> };

const LAB_RESOLVER = /^127\.0\.0\.1:(\d{1,5})$/;
/** Ports below this are never taken from the data: only a person's DEMO_LAB_PORT may ask for one. */
const FIRST_UNPRIVILEGED_PORT = 1024;

const resolversOf = (persona: PersonaRow): string[] => {
  const config = personaConfig(persona);
  return config.kind === 'DNS' ? config.resolvers : [];
};

/** The lab port the persona names: its one resolver is 127.0.0.1 at an unprivileged port, a lab's kind of address. */
function rememberedPort(persona: PersonaRow): number | undefined {
  const resolvers = resolversOf(persona);
  const port = resolvers.length === 1 ? Number(LAB_RESOLVER.exec(resolvers[0]!)?.[1]) : NaN;
  return port >= FIRST_UNPRIVILEGED_PORT && port <= 65_535 ? port : undefined;
}

/** The lab only reads here, so it reads as a viewer. */
const LAB_READER: Viewer = { id: 'demo-lab', role: 'VIEWER', sessionId: 'demo-lab', sessionExpiresAt: Infinity };

async function findLabPersona(services: WriteParts): Promise<PersonaRow | undefined> {
  const limit = 200;
  for (let after: PersonaRow | undefined; ; ) {
    const page = await listPersonas(services, LAB_READER, { limit, inverted: false, after: after && { at: after.created_at, id: after.id } }, 'DNS');
    const found = page.find((persona) => persona.name.toLowerCase() === LAB_PERSONA_NAME.toLowerCase());
    if (found || page.length < limit) return found;
    after = page.at(-1);
  }
}

/**
 * Starts a demo workspace's lab (lab.ts) on its port: DEMO_LAB_PORT when set, else the port the lab
 * persona already names (so a restart changes nothing), else any free one. When the lab had to move,
 * the lab persona and the DRAFT HTTP campaigns that fetched from the old port follow it, through
 * their services, so the change is pushed like any edit.
 */
export async function startDemoLab(services: LabWriter): Promise<DemoLab> {
  const persona = await findLabPersona(services);
  const remembered = persona && rememberedPort(persona);
  const lab = new DemoLab(services.logger);
  const configured = services.config.demoLab.port;
  if (configured !== 0) {
    // A person's setting that cannot be met: said in one line at start (main.ts), not as a crash.
    await lab.listen(configured).catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(labPortRefusal(configured, error), { cause: error });
    });
  } else {
    await (remembered ? lab.listen(remembered).catch(() => lab.listen(0)) : lab.listen(0));
  }
  services.logger.info({ address: lab.address }, 'demo lab: DNS and sites on loopback');
  if (persona && remembered !== undefined && remembered !== lab.port) {
    await followLab(services, persona, remembered, lab).catch((error: unknown) =>
      services.logger.error({ err: error }, `the demo lab moved, but pointing "${persona.name}" at it failed; set its resolver to ${lab.address} by hand`),
    );
  }
  return lab;
}

function labPortRefusal(port: number, error: NodeJS.ErrnoException): string {
  const where = `${LAB_ADDRESS}:${port} (the lab needs it for both UDP and TCP)`;
  if (error.code === 'EADDRINUSE') return `DEMO_LAB_PORT ${port} is already in use on ${where}; stop what holds it, or unset DEMO_LAB_PORT for any free port`;
  if (error.code === 'EACCES') return `DEMO_LAB_PORT ${port}: not allowed to listen on ${where}; set DEMO_LAB_PORT to a port above 1023`;
  return `DEMO_LAB_PORT ${port}: the demo lab cannot listen on ${where}: ${error.code ?? error.message}`;
}

/** Done as the persona's creator, whose activity line it becomes. */
async function followLab(services: LabWriter, persona: PersonaRow, from: number, lab: DemoLab): Promise<void> {
  const owner = await loadUser(services, persona.created_by);
  if (!owner || owner.role === 'VIEWER') {
    services.logger.warn(`the demo lab moved to ${lab.address}; "${persona.name}" stays as it is: its creator may no longer edit it`);
    return;
  }
  const viewer: Viewer = { id: owner.id, role: owner.role, sessionId: 'demo-lab', sessionExpiresAt: Infinity };
  const { kind: _kind, ...dns } = personaConfig(persona);
  await updatePersona(services, viewer, persona.id, { dns: { ...dns, resolvers: [lab.address] } });
  const moved = await moveHttpPort(services, viewer, from, lab.port);
  services.logger.info({ address: lab.address, persona: persona.name, campaigns: moved.map((row) => row.name) }, 'the demo lab moved; its persona and DRAFT campaigns follow it');
}
