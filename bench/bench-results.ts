import type { Latency } from './measure.ts';

export type Engine = 'pglite' | 'postgresql';

/** One measured figure, next to its baseline. Latencies in ms. */
export interface Line {
  measure: string;
  latency?: Latency;
  requestsPerSecond?: number;
  baseline?: { measure: string; latency?: Latency; requestsPerSecond?: number };
  /** product p95 / baseline p95 (for throughput: baseline rps / product rps, so > 1 is slower too). */
  ratio?: number | null;
  target?: { text: string; withinTarget: boolean | null };
  notes?: string[];
}

export interface WorkloadResult {
  id: string;
  name: string;
  engine: Engine | 'both';
  status: 'measured' | 'not available yet' | 'failed';
  lines: Line[];
  loadAverage?: { before: [number, number, number]; after: [number, number, number] };
  details?: Record<string, unknown>;
  error?: string;
}

export const workloadNames: Record<string, string> = {
  W1: 'the overview (/uebersicht): what needs attention and the counts of the register',
  W2: 'register query: three filters, a sort, a page of 50 (SQL, and through HTTP)',
  W3: 'German full-text search: the product search of the pages and the API; documents in the same shape',
  W4: 'evaluation maths of a 30-partnership round: scores, Krippendorff alpha, SMAA (10,000 samples), weight stability',
  W5: 'fact extraction: press releases per second per core, with the register’s gazetteer',
  W6: 'cabinet report of the 30-partnership round: DOCX and PDF',
  W7: 'time to first byte of the main pages',
  W8: 'first start on an empty data directory, and restart, until the register answers',
  W9: 'source library: a press archive of 1,000 documents (text, HTML, DOCX, PDF) added, then added again',
};

/** Workloads without a database: the evaluation maths and the report on a generated round, the extraction on generated press releases. */
export const standalone = ['W4', 'W5', 'W6'];

export const targetsAtL = {
  W1: 'p95 ≤ 50 ms',
  W2: 'p95 ≤ 10 ms, API/raw SQL ≤ 1.5×',
  W3: 'p95 ≤ 30 ms',
  W4: '≤ 100 ms',
  W5: '≥ 100 press releases/s per core',
  W8: 'first start ≤ 10 s, restart ≤ 3 s',
  W9: '1,000 documents added in < 60 s',
};

export const within = (value: number | null | undefined, limit: number) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value <= limit;

/** What a workload's runner gives back: its lines and details, before the run names it. */
export type WorkloadOutcome = Omit<WorkloadResult, 'id' | 'name' | 'engine' | 'status'>;
