import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirectoryLockedError, LOCK_FILE, lockDataDirectory, type LockHolder } from './data-dir-lock.ts';
import { bootId, processStartTime } from './process-identity.ts';

let dir: string;
const lockFile = () => join(dir, LOCK_FILE);
const holder = () => JSON.parse(readFileSync(lockFile(), 'utf8')) as LockHolder;
const writeHolder = (h: Partial<LockHolder>) =>
  writeFileSync(
    lockFile(),
    JSON.stringify({ host: hostname(), boot: bootId(), started: null, command: 'brueckenbauer serve', ...h }),
  );
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-lock-unit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the lock on a data directory', () => {
  it('is held by one opener at a time and named after this process; released, it can be taken again', () => {
    const lock = lockDataDirectory(dir);
    expect(holder()).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
    lock.release();
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
    lockDataDirectory(dir).release();
  });

  it('refuses in one line naming the directory when the server holds it', () => {
    writeHolder({ pid: process.ppid, started: processStartTime(process.ppid) });
    expect(() => lockDataDirectory(dir)).toThrow(
      `the server is running on this data directory (${dir}, process ${process.ppid}): stop it first, then run this command again`,
    );
    writeHolder({ pid: process.ppid, started: processStartTime(process.ppid), command: 'brueckenbauer db seed' });
    expect(() => lockDataDirectory(dir)).toThrow(/another process \(brueckenbauer db seed, process \d+\)/);
  });

  it('takes over a lock whose process has ended', () => {
    writeHolder({ pid: deadPid() });
    const lock = lockDataDirectory(dir);
    expect(holder().pid).toBe(process.pid);
    lock.release();
  });

  it.runIf(bootId() !== null)('takes over a lock from an earlier boot or of a pid now used by another process', () => {
    writeHolder({ pid: process.ppid, boot: 'an-earlier-boot' });
    lockDataDirectory(dir).release();
    writeHolder({ pid: process.ppid, started: '1' });
    lockDataDirectory(dir).release();
  });

  it('never takes over a lock held on another host, and says which file to delete if nothing runs there', () => {
    writeHolder({ pid: deadPid(), host: 'another-host.invalid' });
    expect(() => lockDataDirectory(dir)).toThrow(
      new RegExp(`in use by process \\d+ \\(brueckenbauer serve\\) on host another-host.invalid.*delete ${lockFile()}`),
    );
  });

  it('takes over a lock file it cannot read as one', () => {
    writeFileSync(lockFile(), '');
    lockDataDirectory(dir).release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('does not remove a lock that is no longer its own', () => {
    const lock = lockDataDirectory(dir);
    writeHolder({ pid: process.ppid });
    lock.release();
    expect(holder().pid).toBe(process.ppid);
  });

  it('goes to exactly one of several processes that find the same stale lock at once', async () => {
    writeHolder({ pid: deadPid() });
    const module = pathToFileURL(join(import.meta.dirname, 'data-dir-lock.ts')).href;
    const attempt = `import { lockDataDirectory } from '${module}';
      try { lockDataDirectory(${JSON.stringify(dir)}); console.log('won'); setTimeout(() => {}, 4000); }
      catch (error) { console.log(error.name); }`;
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', attempt]);
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        return new Promise<string>((resolve) => child.on('close', () => resolve(out.trim())));
      }),
    );
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'DataDirectoryLockedError')).toHaveLength(5);
  });

  it('is released when a process exits without releasing it, or ends on SIGTERM', async () => {
    const module = pathToFileURL(join(import.meta.dirname, 'data-dir-lock.ts')).href;
    const run = (code: string) =>
      spawn(process.execPath, ['--input-type=module', '-e', `import { lockDataDirectory } from '${module}'; ${code}`]);
    const exits = (child: ReturnType<typeof run>) =>
      new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));

    expect(await exits(run(`lockDataDirectory(${JSON.stringify(dir)}); process.exit(0);`))).toEqual([0, null]);
    expect(existsSync(lockFile())).toBe(false);

    const waiting = run(
      `lockDataDirectory(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000);`,
    );
    await new Promise((resolve) => waiting.stdout.once('data', resolve));
    expect(holder().pid).toBe(waiting.pid);
    waiting.kill('SIGTERM');
    expect(await exits(waiting)).toEqual([null, 'SIGTERM']);
    expect(existsSync(lockFile())).toBe(false);
  });
});
