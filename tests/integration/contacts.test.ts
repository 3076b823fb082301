import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator, PUBLIC } from '../../core/access/actor.ts';
import {
  addContact,
  exportContact,
  offerDueContactsToArchive,
  settleArchiveOffer,
} from '../../core/contacts/contact-persons.ts';
import { verifyAuditChain } from '../../db/audit-log.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { contactPort } from '../../db/contacts/contact.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const coordinator = operator('test');
const today = '2026-11-21';
const person = {
  organisation: 'regione-lazio',
  name: 'Giulia Rossi',
  function: 'Referentin für internationale Beziehungen',
  email: 'G.Rossi@regione.lazio.it',
  phone: '+39 06 5168 1',
  retentionUntil: '2027-12-31',
};

describe.each(engines)('contact persons and their personal data on %s', (engine) => {
  let handle: DatabaseHandle;
  let editor: Actor;
  let reader: Actor;
  const asActor = (u: TestUser): Actor => ({
    kind: 'user',
    userId: u.id,
    label: u.email,
    role: u.role,
    organisationId: u.organisationId,
  });
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    editor = asActor(await buildUser(handle.db, 'ministry_editor', 'SMWK'));
    reader = asActor(await buildUser(handle.db, 'reader', 'SMI'));
  });
  afterAll(async () => handle?.close());

  it('records a contact with minimal, checked data', async () => {
    const port = contactPort(handle.db, testClock.now());
    await expect(addContact(port, reader, person, today)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      addContact(port, coordinator, { ...person, phone: '12', email: 'kein', retentionUntil: '2020-01-01' }, today),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ field: 'phone' }),
        expect.objectContaining({ field: 'email' }),
      ]),
    });
    await expect(
      addContact(port, coordinator, { ...person, retentionUntil: '2020-01-01' }, today),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'retentionUntil' })] });
    await expect(addContact(port, coordinator, { ...person, organisation: 'nirgendwo' }, today)).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'organisation' })],
    });
    const id = await addContact(port, editor, person, today);
    const [row] = await handle.db.select().from(t.contactPersons).where(eq(t.contactPersons.id, id));
    expect(row).toMatchObject({ name: 'Giulia Rossi', email: 'g.rossi@regione.lazio.it', phone: '+390651681' });
  });

  it('exports everything stored about a person as JSON, for coordinators only', async () => {
    const port = contactPort(handle.db, testClock.now());
    const [{ id }] = (await handle.db.select({ id: t.contactPersons.id }).from(t.contactPersons)) as [{ id: number }];
    await expect(exportContact(port, editor, id, testClock.now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportContact(port, PUBLIC, id, testClock.now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const data = await exportContact(port, coordinator, id, testClock.now());
    expect(data.person).toEqual({
      name: 'Giulia Rossi',
      function: person.function,
      email: 'g.rossi@regione.lazio.it',
      phone: '+390651681',
    });
    expect(data.organisation.key).toBe('regione-lazio');
    expect(data.retentionUntil).toBe('2027-12-31');
    expect(data.processing.map((p) => p.action)).toEqual(['contact.create']);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('offers a contact to the archive when its retention ends, then anonymises it; the audit keeps the steps, not the data', async () => {
    const port = contactPort(handle.db, testClock.now());
    const [{ id }] = (await handle.db.select({ id: t.contactPersons.id }).from(t.contactPersons)) as [{ id: number }];
    await expect(settleArchiveOffer(port, coordinator, id, 'declined')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await offerDueContactsToArchive(port, coordinator, today)).toEqual([]);
    expect(await offerDueContactsToArchive(port, coordinator, '2028-01-01')).toEqual([id]);
    expect(await offerDueContactsToArchive(port, coordinator, '2028-01-01')).toEqual([]);
    await settleArchiveOffer(port, coordinator, id, 'accepted');
    const [row] = await handle.db.select().from(t.contactPersons).where(eq(t.contactPersons.id, id));
    expect(row).toMatchObject({ name: null, email: null, phone: null, function: null, archiveDecision: 'accepted' });
    expect(row!.anonymisedAt).toBeInstanceOf(Date);
    await expect(settleArchiveOffer(port, coordinator, id, 'accepted')).rejects.toMatchObject({ code: 'CONFLICT' });
    const trail = (await exportContact(port, coordinator, id, testClock.now())).processing.map((p) => p.action);
    expect(trail).toEqual([
      'contact.create',
      'contact.archive_offered',
      'contact.archive_decided',
      'contact.anonymised',
    ]);
    const leaked = await handle.db.$count(
      t.auditLog,
      sql`${t.auditLog.before}::text ilike '%rossi%' or ${t.auditLog.after}::text ilike '%rossi%' or ${t.auditLog.after}::text like '%+39%'`,
    );
    expect(leaked).toBe(0);
    expect((await verifyAuditChain(handle.db)).brokenAt).toBeNull();
  });
});
