import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { supervise } from './supervisor.ts';

/** A child that counts its starts in a file and crashes (exit 1) until the given start, then exits 0. */
function crashingChild(dir: string, cleanOnStart: number) {
  const counter = join(dir, 'starts');
  writeFileSync(counter, '0');
  const script = `
    const fs = require('node:fs');
    const n = Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8')) + 1;
    fs.writeFileSync(${JSON.stringify(counter)}, String(n));
    process.exit(n >= ${cleanOnStart} ? 0 : 1);
  `;
  return { args: ['-e', script], starts: () => Number(readFileSync(counter, 'utf8')) };
}

describe('the supervisor behind npm start', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('restarts a crashed server, waiting longer after each crash in a row, until it ends cleanly', async () => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
    const child = crashingChild(dir, 4);
    const lines: string[] = [];
    const code = await supervise({
      command: process.execPath,
      args: child.args,
      firstDelayMs: 10,
      log: (line) => lines.push(line),
    }).exited;
    expect(code).toBe(0);
    expect(child.starts()).toBe(4);
    const restarts = lines.map((line) => JSON.parse(line) as { msg: string; code: number; delayMs: number });
    expect(restarts.map((r) => r.delayMs)).toEqual([10, 20, 40]);
    expect(restarts.every((r) => r.code === 1 && /restarting/.test(r.msg))).toBe(true);
  });

  it('never waits longer than the limit, and starts from the first wait after a long run', async () => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
    const child = crashingChild(dir, 5);
    const lines: string[] = [];
    await supervise({
      command: process.execPath,
      args: child.args,
      firstDelayMs: 10,
      maxDelayMs: 25,
      log: (l) => lines.push(l),
    }).exited;
    expect(lines.map((l) => (JSON.parse(l) as { delayMs: number }).delayMs)).toEqual([10, 20, 25, 25]);

    const again = crashingChild(dir, 3);
    const stable: string[] = [];
    // Every run counts as long enough: each crash is the first in a row.
    await supervise({
      command: process.execPath,
      args: again.args,
      firstDelayMs: 10,
      stableAfterMs: 0,
      log: (l) => stable.push(l),
    }).exited;
    expect(stable.map((l) => (JSON.parse(l) as { delayMs: number }).delayMs)).toEqual([10, 10]);
  });

  it('stops the server when told to, and does not start it again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
    const lines: string[] = [];
    let server!: ChildProcess;
    const supervisor = supervise({
      command: process.execPath,
      args: ['-e', 'setInterval(() => {}, 1000)'],
      log: (l) => lines.push(l),
      onStart: (child) => (server = child),
    });
    await new Promise((resolve) => server.once('spawn', resolve));
    supervisor.stop('SIGTERM');
    expect(await supervisor.exited).toBe(0);
    expect(server.signalCode).toBe('SIGTERM');
    expect(lines).toEqual([]);
  });
});
