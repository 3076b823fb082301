import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Percentiles (nearest rank) of samples in milliseconds. */
export function summarise(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

/**
 * Runs `run` one call after another: a few warm-up calls, then until `durationSeconds` have
 * passed (at least `min`, at most `max` calls). Returns the latency percentiles in ms.
 */
export async function measure(
  run: (i: number) => Promise<unknown>,
  options: { durationSeconds: number; min?: number; max?: number; warmup?: number },
): Promise<Latency> {
  const { durationSeconds, min = 10, max = 5_000, warmup = 3 } = options;
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  const deadline = performance.now() + durationSeconds * 1000;
  for (let i = 0; samples.length < max && (samples.length < min || performance.now() < deadline); i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export const loadAverage = () => loadavg().map((x) => round(x)) as [number, number, number];

export function machine() {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    freeMemoryGiB: round(freemem() / 2 ** 30, 1),
    os: `${osType()} ${release()}`,
    arch: process.arch,
  };
}

export const ratio = (value: number, baseline: number) =>
  Number.isFinite(value) && Number.isFinite(baseline) && baseline > 0
    ? Number((value / baseline).toPrecision(3))
    : null;
