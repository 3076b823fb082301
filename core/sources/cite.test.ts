import { describe, expect, it } from 'vitest';
import { operator, type Actor } from '../access/actor.ts';
import { checkCitation, passageOccurs, PUBLIC_RECORD, requireCitableWith, type CitableDocument } from './cite.ts';

const document: CitableDocument = {
  id: 7,
  key: 'pm-2026-latium',
  visibility: 'public',
  organisationId: null,
  content: 'Sachsen und Latium haben ihre\nZusammenarbeit   verlängert. Der Vertrag gilt fünf Jahre.',
  originalContent: 'Sachsen und Latium haben ihre Zusarnmenarbeit verlängert.',
  ocr: false,
};
const restricted: CitableDocument = { ...document, id: 8, key: 'vermerk', visibility: 'restricted', organisationId: 3 };
const find = async (key: string) => [document, restricted].find((d) => d.key === key) ?? null;
const coordinator = operator('test');
const otherMinistry: Actor = { kind: 'user', userId: 2, label: 'x', role: 'ministry_editor', organisationId: 4 };

describe('the citation rule', () => {
  it('finds a passage in the text or the text as received, white space normalised', () => {
    expect(passageOccurs(document, 'haben ihre Zusammenarbeit verlängert.')).toBe(true);
    expect(passageOccurs(document, 'ihre Zusarnmenarbeit')).toBe(true);
    expect(passageOccurs(document, 'Der Vertrag gilt zehn Jahre.')).toBe(false);
    expect(passageOccurs(document, '   ')).toBe(false);
  });

  it('lets a correct quote match an OCR-damaged text closely, and no more', () => {
    const scanned = { ...document, content: 'Prifung einer moglichen Reaktivierung der Partnerschaften', ocr: true };
    expect(passageOccurs(scanned, 'Prüfung einer möglichen Reaktivierung der Partnerschaften')).toBe(true);
    expect(passageOccurs({ ...scanned, ocr: false }, 'Prüfung einer möglichen Reaktivierung')).toBe(false);
    expect(passageOccurs(scanned, 'Beendigung aller Partnerschaften')).toBe(false);
  });

  it('gives the checked citation, or nothing for an empty optional one', async () => {
    const quote = 'Der Vertrag gilt fünf Jahre.';
    await expect(
      checkCitation(find, coordinator, { source: 'pm-2026-latium', quote }, { required: true }),
    ).resolves.toEqual({
      cited: {
        sourceDocumentId: 7,
        document: { visibility: 'public', organisationId: null },
        source: 'pm-2026-latium',
        locator: '',
        quote,
      },
      issues: [],
    });
    await expect(checkCitation(find, coordinator, {}, { required: false })).resolves.toEqual({
      cited: null,
      issues: [],
    });
  });

  it('names the field of each refusal', async () => {
    const codes = async (input: Parameters<typeof checkCitation>[2], actor: Actor = coordinator, required = true) =>
      (await checkCitation(find, actor, input, { required })).issues.map((i) => `${i.field}:${i.code}`);
    expect(await codes({})).toEqual(['source:sourceRequired', 'quote:quoteRequired']);
    expect(await codes({ source: 'pm-2026-latium' }, coordinator, false)).toEqual(['quote:quoteRequired']);
    expect(await codes({ source: 'nirgends', quote: 'x' })).toEqual(['source:unknownSource']);
    expect(await codes({ source: 'vermerk', quote: 'Sachsen' }, otherMinistry)).toEqual(['source:unknownSource']);
    expect(await codes({ source: 'vermerk', quote: 'Sachsen' })).toEqual([]);
    expect(await codes({ source: 'pm-2026-latium', quote: 'Sachsen beendet alles.' })).toEqual(['quote:notInDocument']);
  });
});

describe('a record cites nothing its readers may not read', () => {
  const cited = (visibility: 'public' | 'internal' | 'restricted', organisationId: number | null = null) => ({
    sourceDocumentId: 1,
    document: { visibility, organisationId },
    source: 'doc',
    locator: '',
    quote: 'x',
  });
  const refusal = { issues: [expect.objectContaining({ field: 'source', code: 'lessVisible' })] };

  it('lets a public record cite public documents only', () => {
    expect(() => requireCitableWith(cited('public'), PUBLIC_RECORD)).not.toThrow();
    expect(() => requireCitableWith(cited('internal'), PUBLIC_RECORD)).toThrow(expect.objectContaining(refusal));
    expect(() => requireCitableWith(cited('restricted', 3), PUBLIC_RECORD)).toThrow(expect.objectContaining(refusal));
  });

  it('lets an internal record cite internal documents, a restricted one its own ministry’s restricted ones', () => {
    expect(() =>
      requireCitableWith(cited('internal'), { visibility: 'internal', ownerOrganisationId: 3 }),
    ).not.toThrow();
    expect(() =>
      requireCitableWith(cited('restricted', 3), { visibility: 'internal', ownerOrganisationId: 3 }),
    ).toThrow(expect.objectContaining(refusal));
    expect(() =>
      requireCitableWith(cited('restricted', 3), { visibility: 'restricted', ownerOrganisationId: 3 }),
    ).not.toThrow();
    expect(() =>
      requireCitableWith(cited('restricted', 4), { visibility: 'restricted', ownerOrganisationId: 3 }),
    ).toThrow(expect.objectContaining(refusal));
    expect(() => requireCitableWith(null, PUBLIC_RECORD)).not.toThrow();
  });
});
