import { Option, type Command } from 'commander';
import { userInfo } from 'node:os';
import { operator } from '../../core/access/actor.ts';
import { acceptCandidate, mergeCandidate, rejectCandidate } from '../../core/review/review-use-cases.ts';
import { candidateStatuses, factTypes, type CandidateStatus, type FactType } from '../../core/shared/vocabulary.ts';
import { AppError } from '../../core/shared/errors.ts';
import { findCandidates } from '../../db/review/candidates.queries.ts';
import { withReviewStore } from '../../db/review/review.store.ts';
import { printJson, withDatabase } from '../database.ts';

/** A candidate id as typed: a whole number, or a refusal naming the argument. */
function candidateId(value: string): number {
  if (!/^\d{1,9}$/.test(value))
    throw new AppError('INVALID_INPUT', `"${value}" is not a candidate id.`, [
      { field: 'id', message: 'must be the number of a candidate (see review list)' },
    ]);
  return Number(value);
}

export function registerReviewCommands(program: Command) {
  const review = program
    .command('review')
    .description('the review queue: facts proposed from source documents, waiting for a decision');

  review
    .command('list')
    .description('list the candidates (open ones by default)')
    .addOption(
      new Option('--status <status>', 'only this status').choices([...candidateStatuses, 'all']).default('open'),
    )
    .addOption(new Option('--type <type>', 'only this kind of fact').choices(factTypes))
    .option('--source <key>', 'only candidates of this source document')
    .option('--partnership <key>', 'only candidates concerning this partnership')
    .option('--json', 'print JSON')
    .action(
      async (o: {
        status: CandidateStatus | 'all';
        type?: FactType;
        source?: string;
        partnership?: string;
        json?: boolean;
      }) => {
        // Every candidate, page by page: the list is what a script reads, never cut short.
        const queue = await withDatabase(async ({ db }) => {
          const filter = {
            status: o.status === 'all' ? undefined : o.status,
            type: o.type,
            source: o.source,
            partnership: o.partnership,
            pageSize: 500,
          };
          const first = await findCandidates(db, operator(userInfo().username), { ...filter, page: 1 });
          for (let page = 2; page <= first.pages; page++)
            first.items.push(...(await findCandidates(db, operator(userInfo().username), { ...filter, page })).items);
          return first;
        });
        const items = queue.items.map((c) => ({
          id: c.id,
          source: c.source,
          status: c.status,
          match: c.match,
          matchRef: c.matchRef,
          partnership: c.partnership,
          result: c.result,
          reason: c.reason,
          fact: c.fact,
        }));
        if (o.json) return printJson({ items, total: queue.total, counts: queue.counts });
        for (const c of queue.items)
          process.stdout.write(
            `${String(c.id).padStart(5)}  ${c.status.padEnd(8)} ${c.match.padEnd(9)} ${c.type}${c.fact.activityKind ? `/${c.fact.activityKind}` : ''}  ${c.fact.partner?.name ?? '–'}  ${c.fact.date ?? 'undated'}  [${c.source}]\n        »${c.quote.length > 120 ? `${c.quote.slice(0, 117)}…` : c.quote}«\n`,
          );
        process.stdout.write(
          `${queue.total} candidates (${queue.counts.open} open, ${queue.counts.accepted} accepted, ${queue.counts.merged} merged, ${queue.counts.rejected} rejected)\n`,
        );
      },
    );

  review
    .command('accept <id>')
    .description('accept a candidate: a new fact is recorded with its citation; a recorded one cites the document')
    .action(async (id: string) => {
      const n = candidateId(id);
      const result = await withDatabase(({ db, clock }) =>
        withReviewStore(db, operator(userInfo().username), clock.now(), (store) =>
          acceptCandidate({ store, actor: operator(userInfo().username), id: n, today: clock.today() }),
        ),
      );
      process.stdout.write(`candidate ${result.id}: ${result.status} → ${result.result}\n`);
    });

  review
    .command('merge <id>')
    .description('merge a candidate into a fact the register holds: the document becomes a further citation')
    .option('--into <ref>', 'the fact, e.g. agreement:lazio-2021 (default: the one the comparison found)')
    .action(async (id: string, o: { into?: string }) => {
      const n = candidateId(id);
      const result = await withDatabase(({ db, clock }) =>
        withReviewStore(db, operator(userInfo().username), clock.now(), (store) =>
          mergeCandidate({ store, actor: operator(userInfo().username), id: n, into: o.into ?? null }),
        ),
      );
      process.stdout.write(`candidate ${result.id}: merged into ${result.result}\n`);
    });

  review
    .command('reject <id>')
    .description('reject a candidate with a reason')
    .requiredOption('--reason <text>', 'why nothing is recorded')
    .action(async (id: string, o: { reason: string }) => {
      const n = candidateId(id);
      await withDatabase(({ db, clock }) =>
        withReviewStore(db, operator(userInfo().username), clock.now(), (store) =>
          rejectCandidate({ store, actor: operator(userInfo().username), id: n, reason: o.reason }),
        ),
      );
      process.stdout.write(`candidate ${n}: rejected\n`);
    });
}
