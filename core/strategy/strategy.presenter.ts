import type { StrategyRecord } from './strategy.types.ts';

/** The strategy as it leaves the system: the stored record plus its measure count. */
export function presentStrategy(s: StrategyRecord) {
  return { ...s, measureCount: s.instruments.reduce((n, i) => n + i.measures.length, 0) };
}

export type StrategyView = ReturnType<typeof presentStrategy>;
