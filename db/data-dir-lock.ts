import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { bootId, processStartTime } from './process-identity.ts';

/** The lock file's name inside the PGlite data directory. */
export const LOCK_FILE = 'brueckenbauer.lock';

/** Who holds a data directory: enough to tell, after a crash, that the holder is gone. */
export interface LockHolder {
  pid: number;
  host: string;
  /** The kernel's boot id (Linux); a lock from an earlier boot is stale. */
  boot: string | null;
  /** The holder's start time since boot (Linux); a reused pid has another one. */
  started: string | null;
  /** The command that holds it, e.g. "brueckenbauer serve". */
  command: string;
}

/** A held lock on a data directory; `release` is idempotent. */
export interface DataDirLock {
  readonly file: string;
  release(): void;
}

/** Thrown when another live process holds the data directory: one line saying who and what to do. */
export class DataDirectoryLockedError extends Error {
  readonly dataDir: string;
  readonly holder: LockHolder;

  constructor(dataDir: string, holder: LockHolder) {
    super(lockedMessage(dataDir, holder));
    this.name = 'DataDirectoryLockedError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

function lockedMessage(dir: string, h: LockHolder): string {
  if (h.host !== hostname())
    return `the data directory ${dir} is in use by process ${h.pid} (${h.command}) on host ${h.host}: stop it there first; if nothing runs there any more, delete ${join(dir, LOCK_FILE)}`;
  if (/\bserve$/.test(h.command))
    return `the server is running on this data directory (${dir}, process ${h.pid}): stop it first, then run this command again`;
  return `another process (${h.command}, process ${h.pid}) is using this data directory (${dir}): wait until it has finished, then run this command again`;
}

/** "brueckenbauer users create", from the command line (at most two words, never an option's value). */
function thisCommand(): string {
  const script = basename(process.argv[1] ?? 'node').replace(/\.[cm]?[jt]s$/, '');
  const words = [];
  for (const arg of process.argv.slice(2, 4)) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  return [script, ...words].join(' ');
}

function ownRecord(): LockHolder {
  return {
    pid: process.pid,
    host: hostname(),
    boot: bootId(),
    started: processStartTime(process.pid),
    command: thisCommand(),
  };
}

function parseHolder(text: string | null): LockHolder | null {
  try {
    const h = JSON.parse(text ?? '') as LockHolder;
    return Number.isInteger(h.pid) && typeof h.host === 'string' && typeof h.command === 'string' ? h : null;
  } catch {
    return null;
  }
}

/** True unless the holder is certainly gone; on another host nobody can tell, so it counts as alive. */
export function holderIsAlive(h: LockHolder): boolean {
  if (h.host !== hostname()) return true;
  const boot = bootId();
  if (h.boot && boot && h.boot !== boot) return false;
  try {
    process.kill(h.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const started = h.started ? processStartTime(h.pid) : null;
  return !(started && started !== h.started);
}

const readText = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes a stale lock whose text is `stale`. Takeovers are serialised by a second lock file, so
 * two processes finding the same stale lock cannot remove each other's fresh one; that file is
 * held for microseconds, and one left by a process killed during a takeover is removed in turn.
 */
function removeStale(file: string, stale: string, own: string): void {
  const guard = `${file}.takeover`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (!createExclusive(guard, own)) {
      const holder = parseHolder(readText(guard));
      if (holder && !holderIsAlive(holder)) rmSync(guard, { force: true });
      else pause(20);
      continue;
    }
    try {
      if (readText(file) === stale) unlinkSync(file);
    } finally {
      rmSync(guard, { force: true });
    }
    return;
  }
}

/** Creates `file` holding `text`, atomically: it appears complete or not at all. */
function createExclusive(file: string, text: string): boolean {
  const draft = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(draft, text, { flag: 'wx' });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Takes the lock on a PGlite data directory, or throws `DataDirectoryLockedError` at once when a
 * live process holds it. A lock left by a process that is gone (killed, crashed, an earlier boot)
 * is taken over. The lock is released by `release()`, and on exit if the process did not.
 */
export function lockDataDirectory(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE);
  const text = JSON.stringify(ownRecord());
  for (let attempt = 0; attempt < 10; attempt++) {
    if (createExclusive(file, text)) return track(file, text);
    let found = readText(file);
    if (found === null) continue;
    if (parseHolder(found) === null) {
      // Not written by this code (edited, truncated by a full disk): look once more, then take it over.
      pause(100);
      found = readText(file);
      if (found === null) continue;
    }
    const holder = parseHolder(found);
    if (holder && holderIsAlive(holder)) throw new DataDirectoryLockedError(dir, holder);
    removeStale(file, found, text);
  }
  throw new Error(`could not take the lock on the data directory ${dir}: other processes keep taking it`);
}

const held = new Map<string, string>();

function releaseFile(file: string): void {
  const text = held.get(file);
  if (text === undefined) return;
  held.delete(file);
  // Never remove a lock that is no longer ours.
  if (readText(file) === text) rmSync(file, { force: true });
  if (held.size === 0) uninstallExitHandlers();
}

function track(file: string, text: string): DataDirLock {
  held.set(file, text);
  installExitHandlers();
  return { file, release: () => releaseFile(file) };
}

const releaseAll = () => {
  for (const file of [...held.keys()]) releaseFile(file);
};

/**
 * On SIGINT/SIGTERM a process that handles the signal itself (the server closes its database)
 * releases through `close`. Otherwise the lock is released here and the signal raised again, so
 * the process still ends as it would have.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  releaseAll();
  process.kill(process.pid, signal);
}

let installed = false;
function installExitHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('exit', releaseAll);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstallExitHandlers(): void {
  installed = false;
  process.off('exit', releaseAll);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
