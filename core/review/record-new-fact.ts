import type { Actor } from '../access/actor.ts';
import { canChangePartnershipStatus } from '../access/partnership.policy.ts';
import { createActivity } from '../activities/activity-use-cases.ts';
import type { ActivityInput } from '../activities/activity-input.ts';
import { createAgreement, renewAgreement } from '../agreements/agreement-use-cases.ts';
import type { AgreementInput } from '../agreements/agreement-input.ts';
import { changePartnershipStatus } from '../partnerships/change-partnership-status.ts';
import { AppError, withCodes, type FieldIssue } from '../shared/errors.ts';
import { parsePartialDate } from '../shared/partial-date.ts';
import type { ExtractedFact } from '../sources/fact.ts';
import { agreementKindOf, STATUS_OF_FACT } from './candidate-comparison.ts';
import { invalidReview, REVIEW_ISSUES } from './candidate-input.ts';
import type { CandidateCitation, ReviewStore, StoredCandidate } from './candidate.types.ts';

/** A fact as the review queue keeps it: the extraction's shape, plus the agreement a renewal renews. */
export type ReviewedFact = ExtractedFact & { renews?: string | null };

/**
 * A refusal of the use-case that writes the fact, with its fields named as the candidate's
 * (the agreement's `signedOn` is the candidate's `date`): the reviewer sees it next to the field
 * to correct.
 */
function asCandidateFields(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof AppError) || error.issues.length === 0) return error;
  const issues: FieldIssue[] = error.issues.map((i) => {
    const [head, ...rest] = i.field.split('.');
    return { ...i, field: [names[head!] ?? head, ...rest].join('.') };
  });
  return new AppError(error.code, `${issues[0]!.field}: ${issues[0]!.message}`, withCodes(REVIEW_ISSUES, issues));
}

async function rethrowAs<T>(names: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asCandidateFields(error, names);
  }
}

const forbidden = () => new AppError('FORBIDDEN', 'Coordinators keep the partnerships, their agreements and status.');

const partnerName = (f: ExtractedFact) => f.partner?.name ?? 'unbekannt';

/**
 * Writes a new fact of a candidate through the use-case a person entering it by hand goes through
 * (the agreement's, the activity's, the status change's; the start date of a partnership), with
 * the same rules and audit, and cites the document for it. Returns the reference of what it became.
 */
export async function recordNewFact(args: {
  store: ReviewStore;
  actor: Actor;
  candidate: StoredCandidate;
  citation: CandidateCitation;
  today: string;
}): Promise<string> {
  const { store, actor, candidate: c, citation, today } = args;
  const f = c.fact as ReviewedFact;
  const needPartnership = () => {
    if (!c.partnership) throw invalidReview([{ field: 'partnership', message: REVIEW_ISSUES.noPartnership }]);
    return c.partnership;
  };
  switch (c.type) {
    case 'agreement_signed': {
      const input: AgreementInput = {
        kind: agreementKindOf(f.agreementKind) ?? '',
        title: f.title ?? `${f.agreementKind ?? 'Vereinbarung'} mit ${partnerName(f)}`,
        partnership: needPartnership(),
        signedOn: f.date ?? '',
      };
      const names = { kind: 'agreementKind', signedOn: 'date' };
      // A renewal cites its document as it is written (the rule asks for one); a new agreement is cited after.
      const cited = { source: c.document.key, locator: citation.locator, quote: citation.quote };
      const created = await rethrowAs(names, () =>
        f.renews
          ? renewAgreement({ store: store.agreements, actor, key: f.renews, input, today, citation: cited })
          : createAgreement({ store: store.agreements, actor, input, today }),
      );
      if (!f.renews) await store.cite({ agreementId: created.id }, c.document.id, citation);
      return `agreement:${created.key}`;
    }
    case 'activity': {
      const places: string[] = [];
      for (const place of f.places ?? [])
        if (place.iso && (await store.activities.place(place.iso))) places.push(place.iso);
      const last = f.date ? parsePartialDate(f.date)?.last : undefined;
      const input: ActivityInput = {
        kind: f.activityKind ?? '',
        title: f.title ?? `${f.activityKind ?? 'Aktivität'}: ${partnerName(f)}`,
        startsOn: f.date ?? '',
        endsOn: f.endDate ?? '',
        organiser: f.organiser?.key ?? '',
        partnership: c.partnership ?? '',
        places,
        status: last !== undefined && last < today ? 'done' : 'planned',
        visibility: c.document.visibility,
      };
      const names = { kind: 'activityKind', startsOn: 'date', endsOn: 'endDate' };
      const created = await rethrowAs(names, () => createActivity({ store: store.activities, actor, input }));
      await store.cite({ activityId: created.id }, c.document.id, citation);
      return `activity:${created.id}`;
    }
    case 'status_changed': {
      const partnership = needPartnership();
      if (!f.status) throw invalidReview([{ field: 'status', message: REVIEW_ISSUES.required }]);
      const changed = await rethrowAs({ to: 'status', effectiveOn: 'date' }, () =>
        changePartnershipStatus({
          store: store.statusChanges,
          ref: partnership,
          actor,
          today,
          request: {
            to: STATUS_OF_FACT[f.status!],
            effectiveOn: f.date,
            reason: f.title ?? `Laut »${c.document.title}«`,
            source: { documentKey: c.document.key, locator: citation.locator, quote: citation.quote },
          },
        }),
      );
      return `status:${changed.partnership}:${changed.sequence}`;
    }
    case 'partnership_established': {
      if (!canChangePartnershipStatus(actor)) throw forbidden();
      const partnership = await store.partnership(needPartnership());
      if (!partnership) throw invalidReview([{ field: 'partnership', message: REVIEW_ISSUES.unknown }]);
      const date = f.date ? parsePartialDate(f.date) : null;
      if (!date) throw invalidReview([{ field: 'date', message: REVIEW_ISSUES.noDate }]);
      if (date.first > today) throw invalidReview([{ field: 'date', message: REVIEW_ISSUES.future }]);
      await store.setPartnershipStart(partnership.id, date.value);
      await store.cite({ partnershipId: partnership.id }, c.document.id, citation);
      return `partnership:${partnership.key}`;
    }
    case 'office_opened':
      throw invalidReview([{ field: 'type', message: REVIEW_ISSUES.noOffices }]);
  }
}
