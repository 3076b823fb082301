import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundStatuses, type RoundStatus } from '../shared/vocabulary.ts';
import {
  isLocked,
  LOCKED_PARTS,
  mayChange,
  phasesAllowing,
  ROUND_PHASES,
  roundChanges,
  roundParts,
  WRITES,
  type RoundPart,
} from './round-phases.ts';

/** The table each part of a round is stored in. */
const TABLE_OF: Record<RoundPart, string> = {
  round: 'evaluation_rounds',
  criteria: 'evaluation_criteria',
  scope: 'evaluation_round_partnerships',
  ministries: 'evaluation_round_ministries',
  assessors: 'evaluation_assessors',
  scores: 'evaluation_scores',
  recommendations: 'evaluation_recommendations',
  reminders: 'evaluation_reminders',
  decisions: 'evaluation_decisions',
};

/** The migrations in the order they run, as one text. */
const migrations = (() => {
  const dir = new URL('../../db/migrations/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'))
    .join('\n');
})();

/** The trigger functions that refuse a change (RAISE EXCEPTION), with the round phases they test for. */
function refusingFunctions(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [, name, body] of migrations.matchAll(
    /CREATE (?:OR REPLACE )?FUNCTION (\w+)\(\)[^$]*\$\$([\s\S]*?)\$\$/gi,
  ))
    if (/RAISE EXCEPTION/i.test(body!))
      out.set(name!, new Set([...body!.matchAll(/status\s*=\s*'(\w+)'/gi)].map((m) => m[1]!)));
  return out;
}

/** The triggers still in place after every migration: table → operations refused, by a function that refuses by phase. */
function guardedTables(functions: Map<string, Set<string>>): Map<string, string[]> {
  const triggers = new Map<string, { table: string; operations: string[]; fn: string }>();
  const statement =
    /CREATE TRIGGER (\w+)\s+BEFORE ([\w\s]+?) ON (\w+)\s+FOR EACH ROW EXECUTE FUNCTION (\w+)\(\)|DROP TRIGGER (?:IF EXISTS )?(\w+)/gi;
  for (const m of migrations.matchAll(statement)) {
    if (m[5]) triggers.delete(m[5]);
    else triggers.set(m[1]!, { table: m[3]!, operations: m[2]!.split(/\s+OR\s+/i), fn: m[4]! });
  }
  const out = new Map<string, string[]>();
  for (const { table, operations, fn } of triggers.values())
    if (functions.get(fn)?.size) out.set(table, [...(out.get(table) ?? []), ...operations.map((o) => o.toUpperCase())]);
  return out;
}

describe('the phases of a round', () => {
  const functions = refusingFunctions();
  const guarded = guardedTables(functions);

  it('locks exactly the phases in which the database refuses every change', () => {
    const refused = new Set([...functions.values()].flatMap((phases) => [...phases]));
    expect(refused.size).toBeGreaterThan(0);
    expect([...refused].sort()).toEqual(roundStatuses.filter((s) => ROUND_PHASES[s].locked).sort());
  });

  it('locks exactly the parts of a round the database guards, against every change', () => {
    for (const part of roundParts) expect(migrations).toContain(`CREATE TABLE "${TABLE_OF[part]}"`);
    expect([...guarded.keys()].sort()).toEqual(LOCKED_PARTS.map((p) => TABLE_OF[p]).sort());
    for (const [table, operations] of guarded) {
      const expected = table === TABLE_OF.round ? ['UPDATE', 'DELETE'] : ['INSERT', 'UPDATE', 'DELETE'];
      expect(operations.sort(), table).toEqual(expected.sort());
    }
  });

  it('allows in a locked phase no change that writes a locked part', () => {
    for (const status of roundStatuses.filter((s) => ROUND_PHASES[s].locked))
      for (const change of ROUND_PHASES[status].allows)
        expect(
          WRITES[change].filter((part) => LOCKED_PARTS.includes(part)),
          `${change} in ${status}`,
        ).toEqual([]);
  });

  it('gives every change at least one phase, and names the phases it needs', () => {
    for (const change of roundChanges) expect(phasesAllowing(change).length, change).toBeGreaterThan(0);
    expect(phasesAllowing('participants')).toEqual(['draft', 'scoring']);
  });

  it('answers for a round', () => {
    const round = (status: RoundStatus) => ({ status });
    expect(isLocked(round('closed'))).toBe(true);
    expect(isLocked(round('review'))).toBe(false);
    expect(mayChange(round('scoring'), 'scores')).toBe(true);
    expect(mayChange(round('review'), 'scores')).toBe(false);
    expect(mayChange(round('draft'), 'criteria')).toBe(true);
    expect(mayChange(round('scoring'), 'criteria')).toBe(false);
    expect(mayChange(round('closed'), 'decisions')).toBe(true);
    expect(mayChange(round('closed'), 'recommendations')).toBe(false);
  });
});
