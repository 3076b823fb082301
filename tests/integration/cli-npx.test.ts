import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../db/prepare.ts';

// The machine's own Node and npm (older than the pinned Node 24), first on the PATH as in a fresh shell.
const machineNode = '/usr/bin/node';
const machineVersion = existsSync(machineNode)
  ? spawnSync(machineNode, ['--version'], { encoding: 'utf8' }).stdout.trim()
  : '';
const older = /^v(\d+)\./.exec(machineVersion) !== null && Number(/^v(\d+)\./.exec(machineVersion)![1]) < 24;
const machinePath = [
  '/usr/bin',
  '/bin',
  ...(process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules')),
].join(delimiter);
// A fresh npm cache, so npx sets the command up as on a new machine (where it used to warn).
const cache = mkdtempSync(join(tmpdir(), 'brueckenbauer-npx-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const run = (command: string, args: string[]) =>
  spawnSync(command, args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: machinePath, npm_config_cache: cache, npm_config_update_notifier: 'false' },
  });

describe.skipIf(!older)(`the command on a machine whose own Node is older (${machineVersion})`, () => {
  it('runs quietly through npx: no engine warning, no npm warning, on the pinned Node', () => {
    for (let i = 0; i < 2; i++) {
      const npx = run('npx', ['brueckenbauer', '--help']);
      expect(npx.stderr).not.toMatch(/EBADENGINE|npm warn|warning/i);
      expect(npx.stderr).toBe('');
      expect(npx.stdout).toMatch(/^Usage: brueckenbauer/);
      expect(npx.status).toBe(0);
    }
  });

  it('runs itself again on the pinned Node when the machine’s Node starts it, and ends as that run ends', () => {
    const help = run(machineNode, [join(projectRoot, 'bin', 'brueckenbauer.js'), '--help']);
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: brueckenbauer/);
    const wrong = run(machineNode, [join(projectRoot, 'bin', 'brueckenbauer.js'), 'keinbefehl']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/unknown command 'keinbefehl'/);
  });
});
