import { eq, inArray, or } from 'drizzle-orm';
import { candidateFingerprint, compareWithRegister } from '../../core/review/candidate-comparison.ts';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';
import { registerFacts } from './register-facts.queries.ts';

/**
 * What queueing a document's facts did: how many were queued, how many it had queued before,
 * and how many were left out because their passage does not occur in the document's text.
 */
export interface QueueResult {
  queued: number;
  alreadyQueued: number;
  withoutPassage: number;
  ids: number[];
}

/** Where the quote stands in the text: the offset the extraction gives when it is right there, else the first occurrence (-1: nowhere). */
function quoteOffset(content: string, fact: ExtractedFact): number {
  if (fact.quoteAt !== undefined && content.startsWith(fact.quote, fact.quoteAt)) return fact.quoteAt;
  return fact.quote.trim() ? content.indexOf(fact.quote) : -1;
}

/**
 * Queues the facts proposed from one source document for review, inside the caller's
 * transaction: each is compared with the register (new, recorded, in conflict) and stored with
 * the partnership it concerns and the ministry whose editors may review it (the organiser it
 * names, else the ministry that added the document). Nothing reaches the register here. A fact
 * the document has queued before (same kind, partner, dates and passage) is not queued again,
 * nor one whose passage does not occur in the document's text.
 */
export async function queueCandidates(
  tx: Transaction,
  sourceDocumentId: number,
  facts: ExtractedFact[],
  at: Date,
): Promise<QueueResult> {
  const [document] = await tx
    .select({ content: t.sourceDocuments.content, organisationId: t.sourceDocuments.organisationId })
    .from(t.sourceDocuments)
    .where(eq(t.sourceDocuments.id, sourceDocumentId));
  if (!document) throw new RangeError(`source document ${sourceDocumentId} does not exist`);
  const known = new Set(
    (
      await tx
        .select({ fact: t.factCandidates.fact })
        .from(t.factCandidates)
        .where(eq(t.factCandidates.sourceDocumentId, sourceDocumentId))
    ).map((r) => candidateFingerprint(r.fact as ExtractedFact)),
  );
  // A candidate rests on a passage a reviewer can check: one that is not in the text is not queued.
  const fresh: { fact: ExtractedFact; offset: number }[] = [];
  let alreadyQueued = 0;
  let withoutPassage = 0;
  for (const fact of facts) {
    const print = candidateFingerprint(fact);
    const offset = quoteOffset(document.content, fact);
    if (known.has(print)) alreadyQueued++;
    else if (offset < 0) withoutPassage++;
    else {
      known.add(print);
      fresh.push({ fact, offset });
    }
  }
  if (fresh.length === 0) return { queued: 0, alreadyQueued, withoutPassage, ids: [] };
  const register = await registerFacts(
    tx,
    fresh.map((f) => f.fact),
  );
  const partnershipKeys = new Set<string>();
  const organiserKeys = new Set<string>();
  const compared = fresh.map(({ fact, offset }) => {
    const comparison = compareWithRegister(fact, register);
    if (comparison.partnership) partnershipKeys.add(comparison.partnership);
    if (fact.organiser?.key) organiserKeys.add(fact.organiser.key);
    return { fact, offset, comparison };
  });
  const partnershipIds = new Map(
    partnershipKeys.size
      ? (
          await tx
            .select({ id: t.partnerships.id, key: t.partnerships.key })
            .from(t.partnerships)
            .where(inArray(t.partnerships.key, [...partnershipKeys]))
        ).map((r) => [r.key, r.id])
      : [],
  );
  const organisations = organiserKeys.size
    ? await tx
        .select({ id: t.organisations.id, key: t.organisations.key, abbreviation: t.organisations.abbreviation })
        .from(t.organisations)
        .where(
          or(
            inArray(t.organisations.key, [...organiserKeys]),
            inArray(t.organisations.abbreviation, [...organiserKeys]),
          ),
        )
    : [];
  const organisationId = (ref: string | null | undefined) =>
    (ref ? organisations.find((o) => o.key === ref || o.abbreviation === ref)?.id : undefined) ??
    document.organisationId;
  const rows = await tx
    .insert(t.factCandidates)
    .values(
      compared.map(({ fact, offset, comparison }) => ({
        sourceDocumentId,
        type: fact.type,
        fact,
        quote: fact.quote,
        quoteAt: offset,
        confidence: Math.round(Math.min(1, Math.max(0, fact.confidence || 0)) * 100),
        match: comparison.match,
        matchRef: comparison.matchRef,
        partnershipId: comparison.partnership ? (partnershipIds.get(comparison.partnership) ?? null) : null,
        organisationId: organisationId(fact.organiser?.key),
        createdAt: at,
      })),
    )
    .returning({ id: t.factCandidates.id });
  return { queued: rows.length, alreadyQueued, withoutPassage, ids: rows.map((r) => r.id) };
}
