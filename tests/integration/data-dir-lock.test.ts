import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../db/data-dir-lock.ts';
import { projectRoot } from '../../db/prepare.ts';

const bin = join(projectRoot, 'bin', 'brueckenbauer.js');
const PASSWORD = 'Brückenbauer-Passwort für Tests 2026';
let dataDir: string;
let port: number;
let server: ChildProcess | undefined;

const env = () => ({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' });

/** Runs the CLI to its end, the password on standard input. */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: env() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => {}); // a refused command ends without reading it
    child.stdin.end(`${PASSWORD}\n`);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const createAccount = (email: string) =>
  cli([
    'users',
    'create',
    '--role',
    'coordinator',
    '--email',
    email,
    '--name',
    'Clara Koordination',
    '--password-stdin',
  ]);

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--host', '127.0.0.1'], { env: env() });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Server listening')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  server = child;
  return child;
}

async function stopServer(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  const child = server!;
  server = undefined;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill(signal);
  return exited;
}

/** Logs in through the login form as a person would; true when the server starts a session. */
async function logIn(email: string): Promise<boolean> {
  const base = `http://127.0.0.1:${port}`;
  const page = await fetch(`${base}/anmelden`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const res = await fetch(`${base}/anmelden`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ email, password: PASSWORD, csrf }).toString(),
  });
  return res.status === 302 && res.headers.getSetCookie().some((c) => c.includes('session'));
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'brueckenbauer-lock-'));
  port = 4800 + Math.floor(Math.random() * 900);
});
afterEach(async () => {
  if (server) await stopServer('SIGKILL');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('one writer per data directory', () => {
  it('refuses a command while the server runs on the data directory, says why in one line, and writes nothing', async () => {
    await startServer();
    const refused = await createAccount('clara@sk.sachsen.de');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      new RegExp(`^error: the server is running on this data directory \\(${dataDir}, process \\d+\\): stop it first`),
    );
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    for (const leak of ['$argon2', 'insert into', 'Failed query', 'params', PASSWORD])
      expect(refused.stderr).not.toContain(leak);
    expect(await logIn('clara@sk.sachsen.de')).toBe(false);

    expect(await stopServer()).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('creates the account once the server has stopped, and the account survives a restart', async () => {
    // "created", not "exists": the refused command wrote nothing.
    const created = await createAccount('clara@sk.sachsen.de');
    expect(created.stdout).toMatch(/^account clara@sk\.sachsen\.de created/);
    expect(created.status).toBe(0);
    await startServer();
    expect(await logIn('clara@sk.sachsen.de')).toBe(true);
  });

  it('takes over the lock of a server killed without a chance to release it', async () => {
    await startServer();
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number; command: string };
    expect(lock.command).toBe('brueckenbauer serve');
    expect(await stopServer('SIGKILL')).toBeNull();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const created = await createAccount('ben@sk.sachsen.de');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    await startServer();
    expect(await logIn('ben@sk.sachsen.de')).toBe(true);
    expect(await logIn('clara@sk.sachsen.de')).toBe(true);
  });
});
