import type { PartnershipStatus } from '../shared/vocabulary.ts';

/**
 * The one definition of "active" that every count, filter and page uses. A dormant
 * partnership (the Russian regions since 24 Feb 2022) is never active.
 */
export const ACTIVE_STATUSES = ['active'] as const satisfies readonly PartnershipStatus[];

export const isActive = (status: PartnershipStatus): boolean =>
  (ACTIVE_STATUSES as readonly PartnershipStatus[]).includes(status);

/** Counts per status plus the active total, from any list of things that have a status. */
export function countByStatus(items: readonly { status: PartnershipStatus }[]) {
  const byStatus: Record<PartnershipStatus, number> = { under_examination: 0, active: 0, dormant: 0, ended: 0 };
  for (const item of items) byStatus[item.status] += 1;
  return { byStatus, active: items.filter((i) => isActive(i.status)).length, total: items.length };
}
