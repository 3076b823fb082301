import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RoundStore } from '../../core/rounds/round-use-cases.ts';
import type { CriterionBasis, ScaleAnchor } from '../../core/rounds/round.types.ts';
import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';

type CriteriaStore = Pick<
  RoundStore,
  'insertCriteria' | 'updateCriterion' | 'deleteCriterion' | 'setCriterionWeights' | 'criteriaOf'
>;

/** A round's criteria with the strategy passages they rest on (stored as citations of the criterion). */
export function roundCriteriaStore(tx: Transaction): CriteriaStore {
  return {
    async insertCriteria(roundId, criteria) {
      if (criteria.length === 0) return;
      const rows = await tx
        .insert(t.evaluationCriteria)
        .values(
          criteria.map((c) => ({
            roundId,
            key: c.key,
            position: c.position,
            name: c.name,
            nameEn: c.nameEn,
            guidance: c.guidance,
            guidanceEn: c.guidanceEn,
            anchors: c.anchors,
            goalId: c.goalId,
            rating: c.rating,
            weight: c.weight,
          })),
        )
        .returning({ id: t.evaluationCriteria.id, key: t.evaluationCriteria.key });
      const ids = new Map(rows.map((r) => [r.key, r.id]));
      const cited = criteria.filter((c) => c.basis);
      if (cited.length === 0) return;
      const documents = await tx
        .select({ id: t.sourceDocuments.id, key: t.sourceDocuments.key })
        .from(t.sourceDocuments)
        .where(inArray(t.sourceDocuments.key, [...new Set(cited.map((c) => c.basis!.documentKey))]));
      const documentIds = new Map(documents.map((d) => [d.key, d.id]));
      const citations = cited.flatMap((c) => {
        const documentId = documentIds.get(c.basis!.documentKey);
        return documentId
          ? [
              {
                evaluationCriterionId: ids.get(c.key)!,
                sourceDocumentId: documentId,
                locator: c.basis!.locator,
                quote: c.basis!.quote,
                claim: 'criterion',
              },
            ]
          : [];
      });
      if (citations.length > 0) await tx.insert(t.citations).values(citations);
    },
    async updateCriterion(roundId, key, c) {
      await tx
        .update(t.evaluationCriteria)
        .set({
          name: c.name,
          nameEn: c.nameEn,
          guidance: c.guidance,
          guidanceEn: c.guidanceEn,
          anchors: c.anchors,
          goalId: c.goalId,
        })
        .where(and(eq(t.evaluationCriteria.roundId, roundId), eq(t.evaluationCriteria.key, key)));
    },
    async deleteCriterion(roundId, key) {
      const [row] = await tx
        .select({ id: t.evaluationCriteria.id })
        .from(t.evaluationCriteria)
        .where(and(eq(t.evaluationCriteria.roundId, roundId), eq(t.evaluationCriteria.key, key)));
      await tx.delete(t.citations).where(eq(t.citations.evaluationCriterionId, row!.id));
      await tx.delete(t.evaluationCriteria).where(eq(t.evaluationCriteria.id, row!.id));
    },
    async setCriterionWeights(roundId, weights) {
      for (const w of weights)
        await tx
          .update(t.evaluationCriteria)
          .set({ rating: w.rating, weight: w.weight })
          .where(and(eq(t.evaluationCriteria.roundId, roundId), eq(t.evaluationCriteria.key, w.key)));
    },
    async criteriaOf(roundId) {
      const rows = await tx
        .select({
          criterion: t.evaluationCriteria,
          locator: t.citations.locator,
          quote: t.citations.quote,
          documentKey: t.sourceDocuments.key,
          goalKey: t.goals.key,
        })
        .from(t.evaluationCriteria)
        .leftJoin(t.citations, eq(t.citations.evaluationCriterionId, t.evaluationCriteria.id))
        .leftJoin(t.sourceDocuments, eq(t.sourceDocuments.id, t.citations.sourceDocumentId))
        .leftJoin(t.goals, eq(t.goals.id, t.evaluationCriteria.goalId))
        .where(eq(t.evaluationCriteria.roundId, roundId))
        .orderBy(asc(t.evaluationCriteria.position));
      return rows.map(({ criterion: c, locator, quote, documentKey, goalKey }) => ({
        key: c.key,
        name: c.name,
        nameEn: c.nameEn,
        guidance: c.guidance,
        guidanceEn: c.guidanceEn,
        anchors: c.anchors as ScaleAnchor[],
        goalKey,
        goalId: c.goalId,
        position: c.position,
        rating: c.rating,
        weight: c.weight,
        basis: documentKey && locator && quote ? ({ documentKey, locator, quote } satisfies CriterionBasis) : null,
      }));
    },
  };
}
