import type { Actor } from '../access/actor.ts';
import { canAssignMeasure, canKeepMeasure } from '../access/measure.policy.ts';
import { AppError, notFound, type FieldIssue } from '../shared/errors.ts';
import {
  assignInputSchema,
  invalidInput,
  MEASURE_ISSUES,
  parseInput,
  statusInputSchema,
  type MeasureFormInput,
} from './measure-input.ts';
import type { MeasureStore, StoredMeasure } from './measure.types.ts';
import {
  auditedCitation,
  checkCitation,
  withCitationIssues,
  type CitationInput,
  PUBLIC_RECORD,
  requireCitableWith,
} from '../sources/cite.ts';

const forbidden = (what: string) => new AppError('FORBIDDEN', what);

/** The stored measure the actor may keep current; NOT_FOUND or FORBIDDEN otherwise. */
export async function keptMeasure(store: MeasureStore, key: string, actor: Actor): Promise<StoredMeasure> {
  const found = await store.find(key);
  if (!found) throw notFound('Measure', key);
  if (!canKeepMeasure(actor, found))
    throw forbidden('Coordinators keep every measure; a ministry editor only those its ministry leads.');
  return found;
}

/**
 * Records a status report of a measure: the status, optionally a stated percentage (otherwise
 * the status's default applies) and a short note, required with every report. The lead
 * ministry's editors and the coordinators may; the store writes it with its audit entry.
 */
export async function updateMeasureStatus(args: {
  store: MeasureStore;
  actor: Actor;
  key: string;
  input: MeasureFormInput;
  /** The library document the report rests on (optional; once one is chosen, the passage is required). */
  citation?: CitationInput | null;
}) {
  const { store, actor, key } = args;
  const before = await keptMeasure(store, key, actor);
  const check = await checkCitation(store.citableDocument, actor, args.citation, { required: false });
  const input = await withCitationIssues(check.issues, async () => parseInput(statusInputSchema, args.input));
  // The strategy's measures and their reports are public.
  requireCitableWith(check.cited, PUBLIC_RECORD);
  const data = { status: input.status, progressPercent: input.progress, statusNote: input.note };
  await store.updateStatus(
    before.id,
    data,
    {
      action: 'measure.status.update',
      before: { status: before.status, progressPercent: before.progressPercent, statusNote: before.statusNote },
      after: { ...data, citation: auditedCitation(check.cited) },
    },
    check.cited,
  );
  return { key: before.key, ...data };
}

/**
 * Assigns the lead ministry (or none yet) and the goals a measure serves. Only coordinators do:
 * the strategy text does not name them for most measures.
 */
export async function assignMeasure(args: { store: MeasureStore; actor: Actor; key: string; input: MeasureFormInput }) {
  const { store, actor, key } = args;
  if (!canAssignMeasure(actor))
    throw forbidden('Only coordinators assign the lead ministry and the goals of a measure.');
  const before = await store.find(key);
  if (!before) throw notFound('Measure', key);
  const input = parseInput(assignInputSchema, args.input);
  const issues: FieldIssue[] = [];
  const lead = input.lead ? await store.leadOrganisation(input.lead) : null;
  if (input.lead && !lead) issues.push({ field: 'lead', message: MEASURE_ISSUES.unknown });
  const goals = [];
  for (const [i, ref] of input.goals.entries()) {
    const goal = await store.goal(before.strategyVersionId, ref);
    if (goal) goals.push(goal);
    else issues.push({ field: `goals.${i}`, message: MEASURE_ISSUES.unknown });
  }
  if (issues.length) throw invalidInput(issues);
  const unique = [...new Map(goals.map((g) => [g.id, g])).values()].sort((a, b) => a.key.localeCompare(b.key));
  const after = { lead: lead?.key ?? null, goals: unique.map((g) => g.key) };
  await store.assign(
    before.id,
    lead?.id ?? null,
    unique.map((g) => g.id),
    { action: 'measure.assign', before: { lead: before.lead, goals: before.goals }, after },
  );
  return { key: before.key, ...after };
}
