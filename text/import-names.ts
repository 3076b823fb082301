import type { VocabularyNames } from '../core/imports/activity-columns.ts';
import { activityKinds, activityStatuses, visibilities } from '../core/shared/vocabulary.ts';
import { label } from './labels.ts';

/** The German and English names of kinds, statuses and visibilities, which an import file may use instead of keys. */
export function vocabularyNames(): VocabularyNames {
  const names = <K extends string>(group: 'activityKind' | 'activityStatus' | 'visibility', keys: readonly K[]) =>
    Object.fromEntries(
      keys.map((k) => [k, [label('de', group, k as never), label('en', group, k as never)]]),
    ) as Record<string, string[]>;
  return {
    kind: names('activityKind', activityKinds),
    status: names('activityStatus', activityStatuses),
    visibility: names('visibility', visibilities),
  };
}
