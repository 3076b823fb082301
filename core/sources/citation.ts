/** A fact's source: the document, where in it, and the passage itself. */
export interface Citation {
  source: string;
  sourceTitle: string;
  sourceFile: string;
  publishedOn: string | null;
  locator: string;
  quote: string;
  claim: string | null;
  /** Whether every reader may open the source's page (then pages link its title there). */
  sourcePublic?: boolean;
}

/** A passage cited once, with every claim it supports. */
export type GroupedCitation = Citation & { claims: string[] };

/**
 * Identical citations (same document, same place, same passage) as one, in the order first
 * cited, each with the claims it supports: a fact cited twice by one passage shows it once.
 */
export function groupCitations(citations: readonly Citation[]): GroupedCitation[] {
  const groups = new Map<string, GroupedCitation>();
  for (const c of citations) {
    const key = `${c.source}\u0000${c.locator}\u0000${c.quote}`;
    const group = groups.get(key) ?? { ...c, claims: [] };
    if (c.claim && !group.claims.includes(c.claim)) group.claims.push(c.claim);
    groups.set(key, group);
  }
  return [...groups.values()];
}
