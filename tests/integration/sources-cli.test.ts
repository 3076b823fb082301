import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../db/prepare.ts';
import { docxDocument, pdfDocument } from '../support/documents.ts';

const bin = join(projectRoot, 'bin', 'brueckenbauer.js');
let dir: string;

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brueckenbauer-sources-cli-'));
  const archive = join(dir, 'archiv');
  mkdirSync(join(archive, '2024'), { recursive: true });
  writeFileSync(
    join(archive, 'a.txt'),
    'Sachsen und Niederschlesien vereinbaren eine Arbeitsgruppe für Verkehr und Grenzregion.',
  );
  writeFileSync(join(archive, '2024', 'b.docx'), docxDocument('Delegation aus Hubei besucht Dresden und Leipzig.'));
  writeFileSync(
    join(archive, 'c.txt'),
    'Sachsen und Niederschlesien vereinbaren eine Arbeitsgruppe für Verkehr und Grenzregion.',
  );
  writeFileSync(join(archive, 'd.pdf'), docxDocument('Lüge'));
  writeFileSync(join(archive, '.DS_Store'), 'x');
  writeFileSync(join(dir, 'pm.pdf'), pdfDocument('Sachsen und Mittelboehmen beraten'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sources add, show and list at the command line', () => {
  it('adds one file and prints its key and the candidates queued', () => {
    const one = cli([
      'sources',
      'add',
      join(dir, 'pm.pdf'),
      '--published',
      '2024-05-03',
      '--kind',
      'press_release',
      '--language',
      'de',
    ]);
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^pm-2024-05-03-mittelboehmen-beraten\tadded from pm\.pdf; 0 candidates queued\n$/);
  });

  it('adds a folder: every file, the same document once, a bad file refused with its reason, the rest added', () => {
    const run = cli(['sources', 'add', join(dir, 'archiv'), '--kind', 'press_release', '--published', '2024']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('2 added, 1 already in the library, 1 refused; 1 candidate queued');
    expect(run.stdout).toMatch(
      /refused .*d\.pdf: file: "d\.pdf" has a name whose extension does not match its content/,
    );
    expect(run.stdout).toMatch(/pm-2024-niederschlesien-vereinbaren\talready in the library/);
  });

  it('reads standard input and refuses a date that cannot be read, naming the field', () => {
    const bad = cli(
      ['sources', 'add', '-', '--published', '2024-02-31'],
      'Ein Text über Südmähren und die Zusammenarbeit.',
    );
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/publishedOn: must be a real date/);
    const ok = cli(
      ['sources', 'add', '-', '--title', 'Notiz zu Südmähren'],
      'Ein Text über Südmähren und die Zusammenarbeit der Hochschulen.',
    );
    expect(ok.stdout).toMatch(/^quelle-ohne-datum-notiz-suedmaehren\tadded from standard input/);
  });

  it('shows a document as JSON with its text and original text, and lists the library', () => {
    const show = cli(['sources', 'show', 'pm-2024-05-03-mittelboehmen-beraten', '--json']);
    expect(show.status).toBe(0);
    const doc = JSON.parse(show.stdout);
    expect(doc).toMatchObject({
      key: 'pm-2024-05-03-mittelboehmen-beraten',
      text: 'Sachsen und Mittelboehmen beraten',
      originalText: null,
    });
    const list = JSON.parse(cli(['sources', 'list', '--json']).stdout);
    expect(list.items.map((s: { key: string }) => s.key)).toEqual(
      expect.arrayContaining([
        'pm-2021-10-04-lazio',
        'pm-2024-05-03-mittelboehmen-beraten',
        'quelle-ohne-datum-notiz-suedmaehren',
      ]),
    );
    expect(list.total).toBe(list.items.length);
    expect(cli(['sources', 'show', 'gibt-es-nicht']).status).not.toBe(0);
  });
});
