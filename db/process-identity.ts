import { readFileSync } from 'node:fs';

const readProc = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** The kernel's id of this boot (Linux); null where the system does not tell. */
export function bootId(): string | null {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || null;
}

/**
 * When a process started, in clock ticks since boot (Linux, /proc/<pid>/stat field 22); null
 * where the system does not tell or the process does not exist. A pid reused by a new process
 * has another start time.
 */
export function processStartTime(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) is in parentheses and may contain spaces: count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}
