import type { Actor } from '../access/actor.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { parsePartialDate } from '../shared/partial-date.ts';
import {
  invalidInput,
  MEASURE_ISSUES,
  milestoneInputSchema,
  parseInput,
  reachedInputSchema,
  type MeasureFormInput,
} from './measure-input.ts';
import { keptMeasure } from './measure-use-cases.ts';
import type { MeasureStore } from './measure.types.ts';

interface MilestoneArgs {
  store: MeasureStore;
  actor: Actor;
  /** The measure's key. */
  key: string;
}

/** Adds a milestone (title, due date at its precision) to a measure the actor keeps. */
export async function addMilestone(args: MilestoneArgs & { input: MeasureFormInput }) {
  const measure = await keptMeasure(args.store, args.key, args.actor);
  const milestone = parseInput(milestoneInputSchema, args.input);
  const id = await args.store.addMilestone(measure.id, milestone, {
    action: 'measure.milestone.add',
    before: null,
    after: { milestone: milestone.title, dueOn: milestone.dueOn },
  });
  return { id, ...milestone };
}

async function milestoneOf(args: MilestoneArgs & { id: number }) {
  const measure = await keptMeasure(args.store, args.key, args.actor);
  const milestone = await args.store.milestone(measure.id, args.id);
  if (!milestone) throw notFound('Milestone', `${args.key}/${args.id}`);
  return { measure, milestone };
}

/** Marks a milestone reached on a date (at its precision), which must not lie after today. */
export async function reachMilestone(args: MilestoneArgs & { id: number; input: MeasureFormInput; today: string }) {
  const { measure, milestone } = await milestoneOf(args);
  const { reachedOn } = parseInput(reachedInputSchema, args.input);
  if (parsePartialDate(reachedOn)!.first > args.today)
    throw invalidInput([{ field: 'reachedOn', message: MEASURE_ISSUES.future }]);
  if (milestone.reachedOn !== null)
    throw new AppError('INVALID_TRANSITION', `Milestone ${milestone.id} is reached already.`, [
      { field: 'reachedOn', message: MEASURE_ISSUES.reachedAlready, code: 'reachedAlready' },
    ]);
  await args.store.reachMilestone(measure.id, milestone.id, reachedOn, {
    action: 'measure.milestone.reach',
    before: { milestone: milestone.title, reachedOn: null },
    after: { milestone: milestone.title, reachedOn },
  });
  return { ...milestone, reachedOn };
}

/** Removes a milestone of a measure the actor keeps (the audit log keeps what it said). */
export async function removeMilestone(args: MilestoneArgs & { id: number }) {
  const { measure, milestone } = await milestoneOf(args);
  await args.store.removeMilestone(measure.id, milestone.id, {
    action: 'measure.milestone.remove',
    before: { milestone: milestone.title, dueOn: milestone.dueOn, reachedOn: milestone.reachedOn },
    after: { milestone: null },
  });
  return milestone;
}
