#!/usr/bin/env node
// Runs every test: installs what the tests need and is missing on this machine (PostgreSQL
// binaries and Chromium from Debian's packages), builds the pages, then runs Vitest's unit,
// integration (PGlite and PostgreSQL) and end-to-end (Chromium) projects.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { aptInstall } from './apt-install.js';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Node ${process.versions.node} is too old: run the tests through npm ("npm test"), which uses the pinned Node 24.`,
  );
  process.exit(1);
}

const isRoot = process.getuid?.() === 0;
const postgresBinDirs = () => [
  '/usr/local/bin',
  ...(existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`)
    : []),
];
if (!postgresBinDirs().some((dir) => existsSync(`${dir}/initdb`) && existsSync(`${dir}/pg_ctl`))) {
  console.log('PostgreSQL server binaries not found: installing postgresql');
  aptInstall('postgresql');
}
if (isRoot && spawnSync('id', ['postgres']).status !== 0) {
  // initdb refuses to run as root; the test cluster runs as this system user.
  execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
    stdio: 'inherit',
  });
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log('Chromium not found: installing chromium');
  aptInstall('chromium', 'fonts-liberation');
}

// One seed for every property test of the run, printed so that a failure can be replayed.
const propertySeed = process.env.FC_SEED ?? String(randomInt(2 ** 31 - 1));
console.log(`property tests: seed ${propertySeed} (replay with FC_SEED=${propertySeed} npm test)`);
const env = { ...process.env, FC_SEED: propertySeed };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

if (run('react-router', ['build']) !== 0) process.exit(1);

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const status = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(status);
