import { execFileSync, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../db/prepare.ts';

const bin = join(projectRoot, 'bin', 'brueckenbauer.js');

/** A port nothing listens on, from the system's ephemeral range. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** The process ids of a process's children (the supervised server). */
const childrenOf = (pid: number) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);

describe('serve --supervise (npm start)', () => {
  it('starts the server again when it dies, and stops it on SIGTERM', async () => {
    // A free port from the system (a random one could be one that fetch refuses, such as 5060).
    const port = await freePort();
    const supervisor = spawn(
      process.execPath,
      [bin, 'serve', '--supervise', '--port', String(port), '--host', '127.0.0.1'],
      {
        env: { ...process.env, DATA_DIR: 'memory://', DATABASE_URL: '', LOG_LEVEL: 'info' },
      },
    );
    let out = '';
    const listening = (times: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (out.split('Server listening').length - 1 >= times) resolve();
        };
        supervisor.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          check();
        });
        supervisor.on('exit', (code) => reject(new Error(`the supervisor exited with ${code}: ${out}`)));
        check();
      });
    try {
      await listening(1);
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/strategy`)).status).toBe(200);

      const [server] = childrenOf(supervisor.pid!);
      expect(server).toBeGreaterThan(0);
      process.kill(server!, 'SIGKILL');
      await listening(2);
      expect(out).toContain('the server ended unexpectedly; restarting it');
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/strategy`)).status).toBe(200);
      expect(childrenOf(supervisor.pid!)).not.toContain(server);

      const exited = new Promise((resolve) => supervisor.on('exit', resolve));
      supervisor.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (supervisor.exitCode === null) {
        for (const pid of childrenOf(supervisor.pid!)) process.kill(pid, 'SIGKILL');
        supervisor.kill('SIGKILL');
      }
    }
  });
});
