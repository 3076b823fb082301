import { z } from 'zod';
import { type Actor, actorUserId, organisationOf } from '../access/actor.ts';
import { canReviewProposals, canSubmitProposal } from '../access/proposal.policy.ts';
import { agreementVisibleTo } from '../access/agreement.policy.ts';
import { AppError, notFound, withCodes, type FieldIssue } from '../shared/errors.ts';
import { proposalKinds } from '../shared/vocabulary.ts';
import { proposalSubjectTypes, type ProposalStore, type ProposalSubjectType } from './proposal.types.ts';
import { hasUnsafeCharacters } from '../shared/plain-text.ts';

/** The reasons a proposal field is refused, as stable messages the pages translate. */
export const PROPOSAL_ISSUES = {
  required: 'is required',
  vocabulary: 'is not a value of the vocabulary',
  tooLong: 'is too long',
  control: 'must not contain control or invisible characters (such as direction overrides)',
  unknown: 'names nothing the register knows',
  noteRequired: 'a rejection needs a note',
  reviewed: 'has been reviewed already',
} as const;
export type ProposalIssue = keyof typeof PROPOSAL_ISSUES;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, PROPOSAL_ISSUES.tooLong)
    .refine((v) => !hasUnsafeCharacters(v), PROPOSAL_ISSUES.control);

/** A proposal as entered: a new activity or a correction, title, text, optionally the record it refers to. */
export const proposalInputSchema = z.object({
  kind: z.enum(proposalKinds, {
    error: (issue) => (issue.input ? PROPOSAL_ISSUES.vocabulary : PROPOSAL_ISSUES.required),
  }),
  title: text(300).min(1, PROPOSAL_ISSUES.required),
  body: text(10_000).min(1, PROPOSAL_ISSUES.required),
  subject: text(200)
    .prefault('')
    .transform((v) => v || null),
});
export type ProposalInput = Partial<Record<keyof z.input<typeof proposalInputSchema>, string>>;

const invalid = (issues: FieldIssue[]) =>
  new AppError('INVALID_INPUT', `${issues[0]!.field}: ${issues[0]!.message}`, withCodes(PROPOSAL_ISSUES, issues));

/** "<type>:<key>" split into its parts, or null when it is not of that form. */
export function parseSubjectRef(ref: string): { type: ProposalSubjectType; key: string } | null {
  const [type, ...rest] = ref.split(':');
  const key = rest.join(':');
  if (!key || !(proposalSubjectTypes as readonly string[]).includes(type!)) return null;
  return { type: type as ProposalSubjectType, key };
}

/**
 * Submits a proposal (any logged-in user, typically a stakeholder); it waits for a coordinator's
 * review. The record it refers to must exist and be one the submitter may see.
 */
export async function submitProposal(args: { store: ProposalStore; actor: Actor; input: ProposalInput }) {
  const { store, actor, input } = args;
  const userId = actorUserId(actor);
  if (!canSubmitProposal(actor) || userId === null) throw new AppError('FORBIDDEN', 'Log in to submit a proposal.');
  const parsed = proposalInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalid(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'proposal', message: i.message })));
  const p = parsed.data;
  if (p.subject) {
    const ref = parseSubjectRef(p.subject);
    const subject = ref ? await store.subject(ref.type, ref.key) : null;
    if (!subject || !agreementVisibleTo(actor)(subject))
      throw invalid([{ field: 'subject', message: PROPOSAL_ISSUES.unknown }]);
  }
  const data = { kind: p.kind, title: p.title, body: p.body, subjectRef: p.subject };
  const id = await store.insert(data, userId, organisationOf(actor), {
    action: 'proposal.submit',
    before: null,
    after: { ...data, status: 'submitted' },
  });
  return { id, ...data, status: 'submitted' as const };
}

/**
 * A coordinator accepts or rejects a waiting proposal, with a note (a rejection always needs
 * one, so the submitter learns why). A proposal is reviewed once.
 */
export async function reviewProposal(args: {
  store: ProposalStore;
  actor: Actor;
  id: number;
  decision: string;
  note: string;
}) {
  const { store, actor, id } = args;
  if (!canReviewProposals(actor)) throw new AppError('FORBIDDEN', 'Coordinators review the proposals.');
  const proposal = await store.find(id);
  if (!proposal) throw notFound('Proposal', String(id));
  const note = args.note.trim();
  const issues: FieldIssue[] = [];
  if (args.decision !== 'accepted' && args.decision !== 'rejected')
    issues.push({ field: 'decision', message: args.decision ? PROPOSAL_ISSUES.vocabulary : PROPOSAL_ISSUES.required });
  if (note.length > 5000) issues.push({ field: 'note', message: PROPOSAL_ISSUES.tooLong });
  else if (hasUnsafeCharacters(note)) issues.push({ field: 'note', message: PROPOSAL_ISSUES.control });
  else if (args.decision === 'rejected' && !note) issues.push({ field: 'note', message: PROPOSAL_ISSUES.noteRequired });
  if (issues.length) throw invalid(issues);
  if (proposal.status !== 'submitted')
    throw new AppError('INVALID_TRANSITION', `Proposal ${id} has been reviewed already.`, [
      { field: 'decision', message: PROPOSAL_ISSUES.reviewed, code: 'reviewed' },
    ]);
  const status = args.decision as 'accepted' | 'rejected';
  await store.review(
    id,
    { status, note: note || null, reviewedByUserId: actorUserId(actor) },
    {
      action: status === 'accepted' ? 'proposal.accept' : 'proposal.reject',
      before: { status: proposal.status },
      after: { status, note: note || null },
    },
  );
  return { id, status, note: note || null };
}
