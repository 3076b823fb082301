import { describe, expect, it } from 'vitest';
import { historyPath, historyTypeOf } from '../history/history-subjects.ts';
import { fieldChanges, isPersonalField, shownChanges } from './history.ts';

describe('a record’s history', () => {
  it('lists the changed fields, nested ones dotted', () => {
    expect(
      fieldChanges({ status: 'dormant' }, { status: 'active', source: { documentKey: 'strategie-2025' } }),
    ).toEqual([
      { field: 'source.documentKey', from: null, to: 'strategie-2025' },
      { field: 'status', from: 'dormant', to: 'active' },
    ]);
  });

  it('never shows personal data of contact persons', () => {
    for (const field of ['email', 'contact.email', 'contactPerson.name', 'contacts', 'phone', 'organiser.telephone'])
      expect(isPersonalField(field), field).toBe(true);
    for (const field of ['status', 'title', 'participants', 'source.quote', 'phoneticName'])
      expect(isPersonalField(field), field).toBe(false);
    expect(
      shownChanges(
        { title: 'A' },
        { title: 'B', contactPerson: { name: 'Erika Mustermann', email: 'e@example.org' }, phone: '+49 351 1' },
      ),
    ).toEqual([{ field: 'title', from: 'A', to: 'B' }]);
  });

  it('leaves out a change from nothing to an empty list or text', () => {
    expect(shownChanges(null, { participants: [], outcome: '', title: 'A' })).toEqual([
      { field: 'title', from: null, to: 'A' },
    ]);
  });

  it('names its page by a German segment and the record’s key', () => {
    expect(historyPath('activity', 12)).toBe('/verlauf/aktivitaet/12');
    expect(historyPath('measure', 'III-09')).toBe('/verlauf/massnahme/III-09');
    expect(historyTypeOf('vereinbarung')).toBe('agreement');
    expect(historyTypeOf('user')).toBeNull();
  });
});
