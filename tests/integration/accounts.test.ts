import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator, PUBLIC } from '../../core/access/actor.ts';
import { createUser } from '../../core/accounts/create-user.ts';
import { INVALID_LOGIN, logIn } from '../../core/accounts/log-in.ts';
import { verifyAuditChain } from '../../db/audit-log.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { createUserPort, endAllSessions, findSession, loginPort } from '../../db/accounts/account.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';

const PASSWORD = 'Elbwiesen im Nebel, Fähre nach Pillnitz';

describe.each(engines)('accounts on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
  });
  afterAll(async () => handle?.close());

  const login = async (
    email: string,
    password: string,
    currentSessionId: string | null = null,
    now = testClock.now(),
  ) => logIn(await loginPort(handle.db), { email, password, currentSessionId, now });

  it('creates accounts only for coordinators, with every problem named', async () => {
    const port = createUserPort(handle.db, testClock.now());
    await expect(
      createUser(port, PUBLIC, { email: 'x@y.de', displayName: 'X', role: 'reader', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createUser(port, operator('admin'), {
        email: 'nope',
        displayName: 'A',
        role: 'ministry_editor',
        password: 'kurz',
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: expect.arrayContaining([
        expect.objectContaining({ field: 'email' }),
        expect.objectContaining({ field: 'displayName' }),
      ]),
    });
    await expect(
      createUser(port, operator('admin'), {
        email: 'e@smwk.de',
        displayName: 'Eva Editor',
        role: 'ministry_editor',
        password: PASSWORD,
      }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'organisation' })],
    });
    const created = await createUser(port, operator('admin'), {
      email: 'Eva.Editor@smwk.sachsen.de',
      displayName: 'Eva Editor',
      role: 'ministry_editor',
      organisation: 'SMWK',
      password: PASSWORD,
    });
    expect(created.email).toBe('eva.editor@smwk.sachsen.de');
    const [row] = await handle.db.select().from(t.users).where(eq(t.users.id, created.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(
      createUser(port, operator('admin'), {
        email: 'eva.editor@SMWK.sachsen.de',
        displayName: 'Eva Zwei',
        role: 'reader',
        password: PASSWORD,
      }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'email', message: expect.stringMatching(/exists/) })],
    });
  });

  it('logs in with a fresh session each time and ends them all on request', async () => {
    const first = await login('eva.editor@smwk.sachsen.de', PASSWORD);
    const session = await findSession(handle.db, first.token, testClock.now());
    expect(session).toMatchObject({ role: 'ministry_editor', email: 'eva.editor@smwk.sachsen.de' });
    const second = await login('EVA.EDITOR@smwk.sachsen.de', PASSWORD, session!.sessionId);
    expect(second.token).not.toBe(first.token);
    expect(await findSession(handle.db, first.token, testClock.now())).toBeNull();
    const third = await login('eva.editor@smwk.sachsen.de', PASSWORD);
    await endAllSessions(handle.db, second.userId, operator('test'), testClock.now());
    expect(await findSession(handle.db, second.token, testClock.now())).toBeNull();
    expect(await findSession(handle.db, third.token, testClock.now())).toBeNull();
  });

  it('answers a wrong password and an unknown address alike, and locks after five failures', async () => {
    await expect(login('nobody@example.org', PASSWORD)).rejects.toMatchObject({ message: INVALID_LOGIN });
    for (let i = 0; i < 5; i++)
      await expect(login('eva.editor@smwk.sachsen.de', 'falsches Passwort hier')).rejects.toMatchObject({
        message: INVALID_LOGIN,
      });
    await expect(login('eva.editor@smwk.sachsen.de', PASSWORD)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/gesperrt/),
    });
    const later = new Date(testClock.now().getTime() + 61_000);
    await expect(login('eva.editor@smwk.sachsen.de', PASSWORD, null, later)).resolves.toMatchObject({
      token: expect.any(String),
    });
  });

  it('expires an idle session', async () => {
    const { token } = await login('eva.editor@smwk.sachsen.de', PASSWORD);
    expect(await findSession(handle.db, token, new Date(testClock.now().getTime() + 31 * 60_000))).toBeNull();
  });

  it('keeps a verifiable hash chain and detects an entry changed behind its back', async () => {
    const intact = await verifyAuditChain(handle.db);
    expect(intact.brokenAt).toBeNull();
    expect(intact.entries).toBeGreaterThan(5);
    const [target] = await handle.db
      .select({ id: t.auditLog.id })
      .from(t.auditLog)
      .where(eq(t.auditLog.action, 'user.create'));
    // Only a database superuser can do this: switch the guard off and rewrite history.
    await handle.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await handle.db.execute(
      sql`update audit_log set after = '{"email":"mallory@example.org"}'::jsonb where id = ${target!.id}`,
    );
    await handle.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    expect((await verifyAuditChain(handle.db)).brokenAt).toEqual({
      id: target!.id,
      reason: 'its content does not match its hash',
    });
  });
});
