import { describe, expect, it } from 'vitest';
import { ACTIVITY_ISSUES, readActivityInput } from './activity-input.ts';

const input = {
  title: 'Delegationsreise nach Breslau',
  kind: 'delegation_trip',
  startsOn: '2027-05-12',
  status: 'planned',
  visibility: 'public',
  organiser: 'SMWK',
};

describe('the text of an activity', () => {
  it.each([
    ['a control character', 'Reise\u0007'],
    ['a right-to-left override', 'Vertrag\u202efdp.exe.pdf'],
    ['a zero-width space', 'Rei\u200bse'],
    ['a line separator', 'Reise\u2028Breslau'],
  ])('refuses %s in the title, naming the field', (_, title) => {
    expect(readActivityInput({ ...input, title }).issues).toContainEqual({
      field: 'title',
      message: ACTIVITY_ISSUES.control,
    });
  });

  it('takes honest text: umlauts, Polish names, line breaks in the description', () => {
    const { issues } = readActivityInput({
      ...input,
      title: 'Reise nach Wrocław und Görlitz',
      description: 'Zeile 1\nZeile 2',
    });
    expect(issues.filter((i) => i.message === ACTIVITY_ISSUES.control)).toEqual([]);
  });
});
