import { Option, type Command } from 'commander';
import Table from 'cli-table3';
import { userInfo } from 'node:os';
import { operator } from '../../core/access/actor.ts';
import { changePartnershipStatus } from '../../core/partnerships/change-partnership-status.ts';
import { presentPartnership, presentPartnershipDetail } from '../../core/partnerships/partnership.presenter.ts';
import { groupCitations } from '../../core/sources/citation.ts';
import {
  partnershipKinds,
  partnershipStatuses,
  type PartnershipKind,
  type PartnershipStatus,
} from '../../core/shared/vocabulary.ts';
import { findPartnerships, getPartnership } from '../../db/partnerships/partnerships.queries.ts';
import { withStatusChangeStore } from '../../db/partnerships/status-change.store.ts';
import { printJson, withDatabase } from '../database.ts';

export function registerPartnershipCommands(program: Command) {
  const partnerships = program.command('partnerships').description('the register of partnerships');

  partnerships
    .command('list')
    .description('list partnerships')
    .addOption(new Option('--status <status>', 'only this status').choices(partnershipStatuses))
    .addOption(new Option('--kind <kind>', 'only this kind').choices(partnershipKinds))
    .option('--country <iso>', 'only partnerships with a place in this country (ISO 3166-1 alpha-2)')
    .option('--json', 'print JSON')
    .action(
      async (options: { status?: PartnershipStatus; kind?: PartnershipKind; country?: string; json?: boolean }) => {
        const rows = await withDatabase(async ({ db, clock }) =>
          (
            await findPartnerships(db, {
              status: options.status,
              kind: options.kind,
              country: options.country?.toUpperCase(),
              publicOnly: false,
            })
          ).map((p) => presentPartnership(p, clock.today())),
        );
        if (options.json) return printJson(rows);
        const table = new Table({
          head: ['Partnership', 'Kind', 'Status', 'Places', 'Since', 'Agreements'],
          style: { head: [], border: [] },
        });
        for (const p of rows) {
          table.push([
            p.name,
            p.kind,
            p.status,
            p.places.map((pl) => pl.iso ?? pl.key).join(', '),
            p.since ?? '–',
            p.agreements
              .map(
                (a) => `${a.kind} ${a.signedOn ?? 'undated'}${a.expiresOn ? ` → ${a.expiresOn} (${a.validity})` : ''}`,
              )
              .join('\n') || '–',
          ]);
        }
        process.stdout.write(
          `${table.toString()}\n${rows.length} partnerships, ${rows.filter((p) => p.active).length} active\n`,
        );
      },
    );

  partnerships
    .command('show <ref>')
    .description('one partnership, by key, id or the ISO code of its partner place (e.g. lazio, IT-62, PL-DS)')
    .option('--json', 'print JSON')
    .action(async (ref: string, options: { json?: boolean }) => {
      const p = await withDatabase(async ({ db, clock }) =>
        presentPartnershipDetail(await getPartnership(db, ref, { publicOnly: false }), clock.today()),
      );
      if (options.json) return printJson(p);
      const out = [
        p.name,
        `kind: ${p.kind}   status: ${p.status}${p.status === 'dormant' ? ' (not counted as active)' : ''}   since: ${p.since ?? '–'}`,
        `places: ${p.places.map((pl) => `${pl.name} (${pl.iso ?? 'no ISO code'})`).join(', ')}`,
        ...p.agreementAlerts.map(
          (a) =>
            `WARNING: ${a.title} ${a.kind === 'expired' ? 'expired' : 'expires'} ${a.expiresOn}, no renewal recorded`,
        ),
        '',
        'Status history',
        ...p.statusHistory.map((h) => `  ${h.effectiveOn ?? 'undated'}  ${h.from ?? '–'} → ${h.to}: ${h.reason}`),
        '',
        'Agreements',
        ...(p.agreements.length
          ? p.agreements.map(
              (a) =>
                `  ${a.title} (${a.kind}) signed ${a.signedOn ?? 'undated'}${a.expiresOn ? `, expires ${a.expiresOn}: ${a.validity}` : ''}${a.renews ? `, renews ${a.renews}` : ''}`,
            )
          : ['  –']),
        '',
        'Sources',
        ...groupCitations(p.citations).map(
          (c) => `  ${c.source}, ${c.locator}${c.claims.length ? ` [${c.claims.join(', ')}]` : ''}: »${c.quote}«`,
        ),
      ];
      if (p.conflicts.length)
        out.push(
          '',
          'Sources disagree',
          ...p.conflicts.flatMap((c) => [
            `  ${c.topic}: ${c.summary}`,
            ...c.claims.map((cl) => `    – ${cl.statement} (${cl.citations.map((x) => x.source).join(', ')})`),
          ]),
        );
      process.stdout.write(`${out.join('\n')}\n`);
    });

  partnerships
    .command('set-status <ref>')
    .description('change a partnership status through the lifecycle, dated, reasoned and sourced')
    .addOption(new Option('--to <status>', 'the new status').choices(partnershipStatuses).makeOptionMandatory())
    .requiredOption('--on <date>', 'when it took effect: YYYY, YYYY-MM or YYYY-MM-DD')
    .requiredOption('--reason <text>', 'why')
    .requiredOption('--source <key>', 'the source document it rests on (see /api/v1/sources)')
    .requiredOption('--locator <text>', 'where in the document')
    .requiredOption('--quote <text>', 'the passage, as it stands in the document')
    .action(
      async (
        ref: string,
        o: { to: PartnershipStatus; on: string; reason: string; source: string; locator: string; quote: string },
      ) => {
        const result = await withDatabase(({ db, clock }) =>
          withStatusChangeStore(db, clock.now(), (store) =>
            changePartnershipStatus({
              store,
              ref,
              request: {
                to: o.to,
                effectiveOn: o.on,
                reason: o.reason,
                source: { documentKey: o.source, locator: o.locator, quote: o.quote },
              },
              actor: operator(userInfo().username),
              today: clock.today(),
            }),
          ),
        );
        process.stdout.write(
          `${result.partnership}: ${result.from} → ${result.to} (effective ${result.effectiveOn})\n`,
        );
      },
    );
}
