import { randomBytes, randomInt } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import Table from 'cli-table3';
import { eq } from 'drizzle-orm';
import { type Actor, operator } from '../../core/access/actor.ts';
import { createUser } from '../../core/accounts/create-user.ts';
import {
  closeRound,
  createRound,
  moveRound,
  saveScores,
  setRecommendation,
  setRoundParticipants,
  startScoring,
} from '../../core/rounds/round-use-cases.ts';
import { needsJustification, optionsFor } from '../../core/rounds/round-rules.ts';
import type { RoundDossier } from '../../core/rounds/round.types.ts';
import { addDays, format, parseISO } from 'date-fns';
import type { Clock } from '../../core/shared/clock.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { readRoundDossier, roundEvidence } from '../../db/rounds/round-dossier.queries.ts';
import { readRoundEvidence } from '../../db/rounds/round-evidence.queries.ts';
import { summariseEvidence } from '../../core/rounds/evidence-summary.ts';
import { readRound } from '../../db/rounds/rounds.queries.ts';
import * as t from '../../db/schema.ts';
import { createUserPort } from '../../db/accounts/account.store.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { REPORT_FORMATS, roundReportFile } from '../../reports/round-report.ts';
import { DEMO_MINISTRIES, DEMO_ROUND, demoScore } from '../demo/evaluation-demo.ts';
import { printJson, withDatabase } from '../database.ts';

const OPERATOR = operator('demo');

/** The demo's assessor of a ministry: created once, with a fresh password printed only then. */
async function demoAssessor(handle: DatabaseHandle, ministry: string, now: Date) {
  const email = `demo.bewertung.${ministry}@demo.brueckenbauer.invalid`;
  const [existing] = await handle.db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email));
  if (existing) return { id: existing.id, email, password: null };
  const password = randomBytes(18).toString('base64url');
  const { id } = await createUser(createUserPort(handle.db, now), OPERATOR, {
    email,
    displayName: `Demo-Bewertung ${ministry.toUpperCase()}`,
    role: 'assessor',
    organisation: ministry,
    password,
  });
  return { id, email, password };
}

/**
 * Runs a whole Leitlinien-Check on the seeded register: opens the round with the default
 * criteria and scope, names one assessor for each of three ministries, lets them score every
 * partnership (invented scores, marked as such), ends scoring, writes a recommendation per
 * partnership and closes the round. Running it again shows the round that is there.
 */
async function runDemo(handle: DatabaseHandle, clock: Clock) {
  const today = clock.today();
  const now = clock.now();
  const accounts: { id: number; email: string; password: string | null }[] = [];
  if (!(await readRound(handle.db, DEMO_ROUND.key))) {
    for (const ministry of Object.keys(DEMO_MINISTRIES)) accounts.push(await demoAssessor(handle, ministry, now));
    const run = <T>(work: Parameters<typeof withRoundStore<T>>[2]) => withRoundStore(handle.db, now, work);
    await run((store) =>
      createRound({
        store,
        actor: OPERATOR,
        today,
        seed: () => randomInt(0, 2 ** 32),
        input: {
          ...DEMO_ROUND,
          scoringDeadline: format(addDays(parseISO(today), 28), 'yyyy-MM-dd'),
          ministries: Object.keys(DEMO_MINISTRIES),
        },
      }),
    );
    await run((store) =>
      setRoundParticipants({
        store,
        actor: OPERATOR,
        key: DEMO_ROUND.key,
        input: { ministries: Object.keys(DEMO_MINISTRIES), assessors: accounts.map((a) => a.id) },
      }),
    );
    await run((store) => startScoring({ store, actor: OPERATOR, key: DEMO_ROUND.key, now }));
    const round = (await readRound(handle.db, DEMO_ROUND.key))!;
    const evidence = await readRoundEvidence(
      handle.db,
      OPERATOR,
      round.partnerships.map((p) => p.key),
      { from: round.summary.periodFrom, to: round.summary.periodTo },
      today,
    );
    const ministries = Object.keys(DEMO_MINISTRIES) as (keyof typeof DEMO_MINISTRIES)[];
    for (const [i, ministry] of ministries.entries()) {
      const assessor: Actor = {
        kind: 'user',
        userId: accounts[i]!.id,
        label: accounts[i]!.email,
        role: 'assessor',
        organisationId: round.ministries.find((m) => m.key === ministry)!.id,
      };
      for (const partnership of round.partnerships)
        await run((store) =>
          saveScores({
            store,
            actor: assessor,
            key: DEMO_ROUND.key,
            partnership: partnership.key,
            input: {
              submit: true,
              scores: round.criteria.map((c) => {
                const value = demoScore(partnership.key, c.key, ministry);
                const anchor = c.anchors.find((a) => a.value === value)?.label ?? String(value);
                return {
                  criterion: c.key,
                  value,
                  justification: needsJustification(value, round.summary)
                    ? `${anchor}. Register: ${summariseEvidence(evidence[partnership.key]!)}. ` +
                      `(Demonstrationswert der ${ministry.toUpperCase()}, keine echte Bewertung.)`
                    : '',
                };
              }),
            },
          }),
        );
    }
    await run((store) => moveRound({ store, actor: OPERATOR, key: DEMO_ROUND.key, to: 'review' }));
    const dossier = await readRoundDossier(
      handle.db,
      OPERATOR,
      DEMO_ROUND.key,
      roundEvidence(handle.db, OPERATOR, today),
    );
    for (const partnership of round.partnerships) {
      const { recommendation, justification } = demoRecommendation(dossier, partnership.key);
      await run((store) =>
        setRecommendation({
          store,
          actor: OPERATOR,
          key: DEMO_ROUND.key,
          partnership: partnership.key,
          input: { recommendation, justification },
        }),
      );
    }
    await run((store) => closeRound({ store, actor: OPERATOR, key: DEMO_ROUND.key, now }));
  }
  const dossier = await readRoundDossier(
    handle.db,
    OPERATOR,
    DEMO_ROUND.key,
    roundEvidence(handle.db, OPERATOR, today),
  );
  return { dossier, accounts };
}

/** A plain recommendation from the weighted score, for the demonstration only. */
function demoRecommendation(dossier: RoundDossier, key: string) {
  const partnership = dossier.partnerships.find((p) => p.key === key)!;
  const result = dossier.results.partnerships.find((p) => p.partnership === key)!;
  const options = optionsFor(partnership.statusAtStart);
  const score = result.score ?? 0;
  const recommendation =
    partnership.statusAtStart === 'dormant' ? 'keep_dormant' : score >= 0.5 ? options[0]! : options[1]!;
  return {
    recommendation,
    justification: `Rang ${result.rank ?? '–'} mit ${Math.round(score * 100)} von 100 Punkten (Demonstration).`,
  };
}

export function registerDemoCommands(program: Command) {
  const demo = program.command('demo').description('demonstrations on the seeded register');
  demo
    .command('evaluation')
    .description('run a whole Leitlinien-Check on the seeded partnerships (invented scores) and show its results')
    .option('--json', 'print the results as JSON')
    .option('--report <dir>', 'also write the cabinet report (DOCX and PDF) into this directory')
    .action(async (options: { json?: boolean; report?: string }) => {
      const { dossier, accounts, today } = await withDatabase(async (handle) => ({
        ...(await runDemo(handle, handle.clock)),
        today: handle.clock.today(),
      }));
      const written: string[] = [];
      if (options.report) {
        await mkdir(options.report, { recursive: true });
        for (const format of REPORT_FORMATS) {
          const file = await roundReportFile(dossier, format, { lang: 'de', generatedOn: today });
          const path = resolve(join(options.report, file.fileName));
          await writeFile(path, file.body);
          written.push(path);
        }
      }
      if (options.json) return printJson({ round: dossier.round, results: dossier.results, report: written });
      const names = new Map(dossier.partnerships.map((p) => [p.key, p.name]));
      const table = new Table({
        head: ['Rank', 'Partnership', 'Score (0–100)', 'P(rank)', 'Recommendation'],
        style: { head: [], border: [] },
      });
      for (const p of dossier.results.partnerships) {
        const acceptability = dossier.results.robustness?.rankAcceptability[p.partnership];
        table.push([
          p.rank ?? '–',
          names.get(p.partnership) ?? p.partnership,
          p.score === null ? '–' : (p.score * 100).toFixed(1),
          acceptability && p.rank ? `${Math.round(acceptability[p.rank - 1]! * 100)} %` : '–',
          dossier.recommendations[p.partnership]?.recommendation ?? '–',
        ]);
      }
      process.stdout.write(`${dossier.round.name} – ${dossier.round.status}\n${table.toString()}\n`);
      const alphas = Object.entries(dossier.results.agreement)
        .map(([criterion, a]) => `${criterion} ${a.alpha === null ? '–' : a.alpha.toFixed(2)}`)
        .join(', ');
      process.stdout.write(`Krippendorff's alpha (ordinal) by criterion: ${alphas}\n`);
      for (const account of accounts.filter((a) => a.password))
        process.stdout.write(`Demo account ${account.email} – password ${account.password} (shown once)\n`);
      for (const path of written) process.stdout.write(`Report: ${path}\n`);
      process.stdout.write(`In the browser: /evaluierung/${dossier.round.key}\n`);
    });
}
