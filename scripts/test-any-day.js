#!/usr/bin/env node
// Proves that the tests do not depend on the day they run: the unit tests and one integration
// file of each feature, under libfaketime (Debian's "faketime", installed where missing) on days
// that cross the ones the data and the tests use. The product takes its time from one Clock
// that the tests set; nothing in the suite may read the machine's date.
//   node scripts/test-any-day.js ["2031-03-30 00:30:00" …]   (times in UTC)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install.js';

// Far ahead of every date in the data and the tests, at 00:30 in Berlin while UTC still has the
// day before (1 January 2032, 00:30 CET).
const DAYS = process.argv.slice(2).length ? process.argv.slice(2) : ['2031-12-31 23:30:00'];

const FILES = [
  'tests/integration/rounds.test.ts',
  'tests/integration/activities.test.ts',
  'tests/integration/agreements.test.ts',
  'tests/integration/measures.test.ts',
  'tests/integration/overview.test.ts',
  'tests/integration/accounts.test.ts',
  'tests/integration/status-change.test.ts',
  'tests/integration/berlin-day.test.ts',
];

if (!existsSync('/usr/bin/faketime')) aptInstall('faketime');

let failed = 0;
for (const day of DAYS) {
  console.log(`\nthe tests on ${day} UTC:`);
  // Timers must keep real pace: only the calendar is moved.
  const env = { ...process.env, TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1' };
  for (const args of [
    ['--project', 'unit'],
    ['--project', 'integration', ...FILES],
  ]) {
    const result = spawnSync('faketime', [day, 'vitest', 'run', ...args], { stdio: 'inherit', env });
    if (result.status !== 0) failed++;
  }
}
process.exit(failed ? 1 : 0);
