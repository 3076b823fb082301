import { AppError } from '../../core/shared/errors.ts';
import { planStatusChange, type StatusHistoryEntry } from '../../core/partnerships/status-lifecycle.ts';
import type { DataFile, DataPath } from './data-file.ts';
import type { PartnershipInput } from './files.schemas.ts';

/** Replays every seeded status history through the lifecycle rules, so the seed cannot store what the product would refuse. */
export function checkStatusHistories(
  file: DataFile<PartnershipInput[]>,
  today: string,
  report: (path: DataPath, message: string) => void,
) {
  file.data.forEach((p, i) => {
    const history: StatusHistoryEntry[] = [];
    p.statusHistory.forEach((entry, j) => {
      try {
        planStatusChange(
          history,
          {
            to: entry.status,
            effectiveOn: entry.effectiveOn ?? null,
            reason: entry.reason,
            source: {
              documentKey: entry.citation.source,
              locator: entry.citation.locator,
              quote: entry.citation.quote,
            },
          },
          today,
        );
        history.push({ toStatus: entry.status, effectiveOn: entry.effectiveOn ?? null });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        report([i, 'statusHistory', j], error.issues[0]?.message ?? error.message);
      }
    });
  });
}
