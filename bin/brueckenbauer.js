#!/usr/bin/env node
// Node 24 runs the TypeScript sources directly (type stripping); see docs/adr/0001.
// Started by an older Node (the machine's own), the command runs itself again on the Node 24
// that the project pins in node_modules, with the same arguments, and ends as that run ends.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PINNED_MAJOR = 24;

if (Number(process.versions.node.split('.')[0]) < PINNED_MAJOR) {
  const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(pinned)) {
    console.error(`brueckenbauer needs Node ${PINNED_MAJOR}: run "npm ci" in the project, which installs it.`);
    process.exit(1);
  }
  const run = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status ?? 1);
} else {
  await import('../cli/main.ts');
}
