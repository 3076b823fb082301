import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A private PostgreSQL cluster in a temp dir on a free port, for the tests; stopped afterwards. */
export interface Cluster {
  url: (database: string) => string;
  /** Stops the server, keeping its data (fast: sessions end cleanly; immediate: like a crash). */
  stopServer(mode: 'fast' | 'immediate'): void;
  /** Starts the stopped server again on the same port and data. */
  startServer(): void;
  stop(): void;
}

function findBinDir(): string {
  const candidates = [
    '/usr/local/bin',
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort()
          .reverse()
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found)
    throw new Error(
      'PostgreSQL binaries (initdb, pg_ctl) not found; "npm test" installs them with apt-get (package postgresql).',
    );
  return found;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** initdb refuses to run as root, so as root the cluster runs as the "postgres" system user. */
function asClusterUser(command: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [cmd, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

export async function startCluster(): Promise<Cluster> {
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  asClusterUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-instructions',
  ]);
  const startServer = () =>
    asClusterUser(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      'start',
    ]);
  startServer();
  let stopped = false;
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stopServer: (mode) => asClusterUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', mode, 'stop']),
    startServer,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asClusterUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
