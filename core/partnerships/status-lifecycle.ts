import { AppError, type FieldIssue } from '../shared/errors.ts';
import { isPartialDate, parsePartialDate } from '../shared/partial-date.ts';
import type { PartnershipStatus } from '../shared/vocabulary.ts';

/**
 * The partnership lifecycle: under examination → active ⇄ dormant → ended. An examination
 * can also end without a partnership; a dormant partnership can be reactivated; an ended one
 * stays ended (a renewed relationship is a new partnership with its own record).
 */
const TRANSITIONS: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  under_examination: ['active', 'ended'],
  active: ['dormant', 'ended'],
  dormant: ['active', 'ended'],
  ended: [],
};

/** Statuses a partnership's record may begin with. */
export const INITIAL_STATUSES: readonly PartnershipStatus[] = ['under_examination', 'active'];

export const allowedNextStatuses = (from: PartnershipStatus | null): readonly PartnershipStatus[] =>
  from === null ? INITIAL_STATUSES : TRANSITIONS[from];

export interface StatusChangeRequest {
  to: PartnershipStatus;
  /** When the change took effect, with its precision; null only where no source dates it. */
  effectiveOn: string | null;
  reason: string;
  /** The source the change rests on (its citation is stored with the change). */
  source: { documentKey: string; locator: string; quote: string } | null;
  /** The evaluation round whose recorded decision the change carries out: a source of its own. */
  evaluationRound?: string | null;
}

export interface PlannedStatusChange extends StatusChangeRequest {
  from: PartnershipStatus | null;
  sequence: number;
}

export interface StatusHistoryEntry {
  toStatus: PartnershipStatus;
  effectiveOn: string | null;
}

/**
 * Checks a status change against the lifecycle and the history so far and returns the row
 * to store, or throws INVALID_TRANSITION / INVALID_INPUT naming the field that is wrong.
 */
export function planStatusChange(
  history: readonly StatusHistoryEntry[],
  request: StatusChangeRequest,
  today: string,
): PlannedStatusChange {
  const last = history.at(-1) ?? null;
  const from = last?.toStatus ?? null;
  const issues: FieldIssue[] = [];

  if (!request.reason.trim()) issues.push({ field: 'reason', message: 'A status change needs a reason.' });
  if (!request.source && !request.evaluationRound)
    issues.push({ field: 'source', message: 'A status change needs the source it rests on.' });
  if (request.effectiveOn !== null) {
    if (!isPartialDate(request.effectiveOn)) {
      issues.push({
        field: 'effectiveOn',
        code: 'format',
        message: 'Use a date of the form YYYY, YYYY-MM or YYYY-MM-DD.',
      });
    } else if (parsePartialDate(request.effectiveOn)!.first > today) {
      issues.push({
        field: 'effectiveOn',
        code: 'future',
        message: 'A status change cannot take effect in the future.',
      });
    } else if (
      last?.effectiveOn &&
      parsePartialDate(request.effectiveOn)!.last < parsePartialDate(last.effectiveOn)!.first
    ) {
      issues.push({
        field: 'effectiveOn',
        code: 'beforePrevious',
        value: last.effectiveOn,
        message: `The change cannot take effect before the previous one (${last.effectiveOn}).`,
      });
    }
  }
  if (issues.length > 0)
    throw new AppError('INVALID_INPUT', 'The status change is incomplete or inconsistent.', issues);

  const allowed = allowedNextStatuses(from);
  if (!allowed.includes(request.to)) {
    const message =
      from === null
        ? `A partnership's record must begin as ${INITIAL_STATUSES.join(' or ')}, not ${request.to}.`
        : allowed.length === 0
          ? `The partnership has ended; its status cannot change to ${request.to}.`
          : `A partnership cannot go from ${from} to ${request.to}; allowed: ${allowed.join(', ')}.`;
    throw new AppError('INVALID_TRANSITION', message, [{ field: 'status', message }]);
  }
  return { ...request, from, sequence: history.length + 1 };
}
