import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../exports/xlsx.ts';
import { activityTemplate } from './activity-template.ts';
import { readTable } from './read-table.ts';

/** A spreadsheet-shaped zip whose sheet unpacks to `bytes` bytes of nothing. */
function zipOf(bytes: number): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(bytes),
    },
    { level: 9 },
  );
}

/** Rewrites every size a zip declares for its entries (local headers and central directory) to `size`. */
function underDeclare(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

const UNPACKS_TOO_MUCH = {
  message: expect.stringMatching(/unpacks to more than 50 MiB/),
  issues: [{ field: 'file', message: 'tooLarge' }],
};

describe('reading a spreadsheet (XLSX)', () => {
  it('reads the import’s own template', async () => {
    const template = await toXlsx(activityTemplate('de'), 'de');
    const read = await readTable(new Uint8Array(template));
    expect(read.format).toBe('xlsx');
    expect(read.rows.length).toBeGreaterThan(0);
  });

  it('refuses a zip bomb by what it really unpacks to, not by what it declares', async () => {
    const bomb = underDeclare(zipOf(60 * 1024 * 1024), 4096);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(readTable(bomb)).rejects.toMatchObject(UNPACKS_TOO_MUCH);
  });

  it('refuses an honest zip that unpacks to too much, and reads past a small one to the next check', async () => {
    await expect(readTable(zipOf(60 * 1024 * 1024))).rejects.toMatchObject(UNPACKS_TOO_MUCH);
    // Not a workbook, but small: refused as unreadable, not as too large.
    await expect(readTable(zipOf(1024))).rejects.toMatchObject({ issues: [{ field: 'file', message: 'unreadable' }] });
  });
});
