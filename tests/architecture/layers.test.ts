import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../db/prepare.ts';

/** The layout's rules (docs/ARCHITECTURE.md, ADR 0021), checked on the tree as it is. */
const PRODUCTION = ['core', 'db', 'server', 'app', 'cli', 'reports', 'text', 'bench'];
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: projectRoot,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /\.(ts|tsx)$/.test(f) && PRODUCTION.includes(f.split('/')[0]!) && !/\.test\.tsx?$/.test(f));

const eslint = new ESLint({ cwd: projectRoot });
const refusals = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages.map((m) => m.ruleId));

describe('the layers', () => {
  it.each([
    ['core/shared/probe.ts', "import { buildApp } from '../../server/app.ts';"],
    ['core/shared/probe.ts', "import { sql } from 'drizzle-orm';"],
    ['db/shared/probe.ts', "import { t } from '../../text/i18n.ts';"],
    ['db/shared/probe.ts', "import { guard } from '../../app/lib/guard.ts';"],
    ['server/probe.ts', "import { guard } from '../app/lib/guard.ts';"],
    ['app/lib/probe.ts', "import { buildApp } from '../../server/app.ts';"],
    ['cli/probe.ts', "import { guard } from '../app/lib/guard.ts';"],
    ['text/probe.ts', "import { buildApp } from '../server/app.ts';"],
    ['reports/probe.ts', "import { guard } from '../app/lib/guard.ts';"],
    ['server/probe.ts', "import { testClock } from '../tests/support/clock.ts';"],
    ['server/probe.ts', "import { startCluster } from '../dev/postgres-cluster.ts';"],
    ['bench/probe.ts', "import { testClock } from '../tests/support/clock.ts';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await refusals(file, `${code}\nexport const probe = 1;\n`)).toContain('no-restricted-imports');
  });

  it('lets the layers import downwards', async () => {
    expect(
      await refusals(
        'server/probe.ts',
        "import { isActive } from '../core/partnerships/status.ts';\nexport const p = 1;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });

  it('keeps the wall clock out of core/ and db/', async () => {
    for (const file of ['core/shared/probe.ts', 'db/shared/probe.ts']) {
      expect(await refusals(file, 'export const when = () => new Date();\n')).toContain('no-restricted-syntax');
      expect(await refusals(file, 'export const when = () => Date.now();\n')).toContain('no-restricted-syntax');
      expect(await refusals(file, "export const when = () => new Date('2026-11-21');\n")).not.toContain(
        'no-restricted-syntax',
      );
    }
  });
});

describe('the tree', () => {
  it('has no two source files of the same name, which would confuse', () => {
    const byName = new Map<string, string[]>();
    for (const f of sources) byName.set(basename(f), [...(byName.get(basename(f)) ?? []), f]);
    expect([...byName].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const long = sources
      .map((f) => [f, readFileSync(`${projectRoot}/${f}`, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('keeps app/lib to what several features share', () => {
    expect(readdirSync(`${projectRoot}/app/lib`).length).toBeLessThanOrEqual(15);
  });
});
