import { Option, type Command } from 'commander';
import { isScale, scales, type Scale } from '../../bench/bench-data-set.ts';
import { generate, removeBenchRows } from '../../bench/generate.ts';
import { candidateIndexes, createCandidateIndexes } from '../../bench/indexes.ts';
import { runBench } from '../../bench/run.ts';
import { rawClient } from '../../bench/sql.ts';
import { withDatabase } from '../database.ts';

const scaleOption = () =>
  new Option('--scale <scale>', 'data set size: S (quick), M or L').choices(Object.keys(scales)).default('S');
const seedOption = () => new Option('--seed <n>', 'seed of the random data').default('1').argParser(parseSeed);

function parseSeed(value: string): string {
  if (!/^\d+$/.test(value)) throw new Error(`--seed must be a non-negative integer, not "${value}"`);
  return value;
}

function scaleOf(value: string): Scale {
  if (!isScale(value)) throw new Error(`unknown scale ${value}`);
  return value;
}

export function registerBenchCommands(program: Command) {
  const bench = program.command('bench').description('benchmark suite: generate a data set, run the workloads');

  bench
    .command('run', { isDefault: true })
    .description(
      'generate the data set on PGlite and PostgreSQL, run every workload, print a table, write bench/results/',
    )
    .addOption(scaleOption())
    .addOption(seedOption())
    .option('--engines <list>', 'comma-separated: pglite,postgresql', 'pglite,postgresql')
    .option(
      '--workloads <list>',
      'comma-separated subset of W1,W2,W3,W4,W5,W6,W7,W8,W9 (W4, W5 and W6 need no database)',
      'W1,W2,W3,W4,W5,W6,W7,W8,W9',
    )
    .option('--duration <seconds>', 'seconds per latency measurement and per autocannon run', '5')
    .option('--no-write', 'print only; do not write a results file')
    .option('--label <text>', 'added to the results file name, e.g. a second run of the same scale')
    .option('--note <text>', 'a remark stored with the results (e.g. what else ran on the machine)')
    .action(
      async (o: {
        scale: string;
        seed: string;
        engines: string;
        workloads: string;
        duration: string;
        write: boolean;
        note?: string;
        label?: string;
      }) => {
        await runBench({
          scale: scaleOf(o.scale),
          seed: Number(o.seed),
          engines: o.engines.split(',').map((e) => e.trim()) as ('pglite' | 'postgresql')[],
          workloads: o.workloads.split(',').map((w) => w.trim().toUpperCase()),
          durationSeconds: Number(o.duration),
          write: o.write,
          note: o.note,
          label: o.label,
        });
      },
    );

  bench
    .command('generate')
    .description(
      'fill the configured database (DATA_DIR or DATABASE_URL) with a generated data set; keys start with "bench-"',
    )
    .addOption(scaleOption())
    .addOption(seedOption())
    .option('--replace', 'remove generated rows already there first')
    .option(
      '--candidate-indexes',
      `also create the indexes the workloads propose (${candidateIndexes.map((i) => i.name).join(', ')})`,
    )
    .action(async (o: { scale: string; seed: string; replace?: boolean; candidateIndexes?: boolean }) => {
      await withDatabase(async (handle) => {
        if (o.replace) await removeBenchRows(handle);
        const result = await generate(handle, { scale: scaleOf(o.scale), seed: Number(o.seed) });
        process.stdout.write(
          `generated scale ${result.scale} (seed ${result.seed}) on ${result.engine} in ${result.seconds.total} s ` +
            `(load ${result.seconds.load} s, analyse ${result.seconds.analyse} s)\n`,
        );
        for (const [table, n] of Object.entries(result.rows)) process.stdout.write(`  ${table.padEnd(26)} ${n}\n`);
        if (o.candidateIndexes) {
          for (const r of await createCandidateIndexes(rawClient(handle)))
            process.stdout.write(`created ${r.name} in ${r.seconds} s\n`);
        }
      });
    });
}
