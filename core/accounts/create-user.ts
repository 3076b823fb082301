import { z } from 'zod';
import { AppError, type FieldIssue } from '../shared/errors.ts';
import { roles, type Role } from '../shared/vocabulary.ts';
import type { Actor } from '../access/actor.ts';
import { checkNewPassword, normalisePassword } from './password-rules.ts';
import { canAdministerUsers } from '../access/account.policy.ts';

export const newUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().email('must be an e-mail address').max(254),
  displayName: z
    .string()
    .trim()
    .min(2, 'must have at least 2 characters')
    .max(200)
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters'),
  role: z.enum(roles),
  /** The ministry or organisation (key or abbreviation); required for ministry editors, assessors and stakeholders. */
  organisation: z.string().trim().min(1).optional(),
  password: z.string().optional(),
  oidcSubject: z.string().min(1).optional(),
});
export type NewUser = z.infer<typeof newUserSchema>;

export interface CreateUserPort {
  organisationId(ref: string): Promise<number | null>;
  emailTaken(email: string): Promise<boolean>;
  hashPassword(password: string): Promise<string>;
  insertUser(
    user: {
      email: string;
      displayName: string;
      role: Role;
      organisationId: number | null;
      passwordHash: string | null;
      oidcSubject: string | null;
    },
    actor: Actor,
  ): Promise<number>;
}

const NEEDS_ORGANISATION: Role[] = ['ministry_editor', 'assessor', 'stakeholder'];

/** Creates an account; only coordinators (or the operator) may. Every problem names its field. */
export async function createUser(
  port: CreateUserPort,
  actor: Actor,
  input: unknown,
): Promise<{ id: number; email: string }> {
  if (!canAdministerUsers(actor)) throw new AppError('FORBIDDEN', 'Only coordinators may create accounts.');
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'user', message: i.message }));
    throw new AppError('INVALID_INPUT', `${issues[0]!.field}: ${issues[0]!.message}`, issues);
  }
  const user = parsed.data;
  const issues: FieldIssue[] = [];
  let organisationId: number | null = null;
  if (user.organisation) {
    organisationId = await port.organisationId(user.organisation);
    if (organisationId === null)
      issues.push({ field: 'organisation', message: `no organisation "${user.organisation}"` });
  } else if (NEEDS_ORGANISATION.includes(user.role)) {
    issues.push({ field: 'organisation', message: `a ${user.role} belongs to a ministry or organisation` });
  }
  if (!user.password && !user.oidcSubject)
    issues.push({ field: 'password', message: 'set a password (or an OpenID Connect subject)' });
  if (user.password) issues.push(...checkNewPassword(user.password, user));
  if (await port.emailTaken(user.email))
    issues.push({ field: 'email', message: 'an account with this address exists' });
  if (issues.length) throw new AppError('INVALID_INPUT', `${issues[0]!.field}: ${issues[0]!.message}`, issues);
  const passwordHash = user.password ? await port.hashPassword(normalisePassword(user.password)) : null;
  const id = await port.insertUser(
    {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisationId,
      passwordHash,
      oidcSubject: user.oidcSubject ?? null,
    },
    actor,
  );
  return { id, email: user.email };
}
