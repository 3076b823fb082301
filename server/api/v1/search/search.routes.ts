import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { facetNames } from '../../../../core/search/facets.ts';
import { parseSearchQuery, SEARCH_QUERY_ISSUES } from '../../../../core/search/search-query.ts';
import { AppError } from '../../../../core/shared/errors.ts';
import { searchRegister } from '../../../../db/search/search-register.queries.ts';
import { searchSchema } from './search.schemas.ts';

const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const noFacets = Object.fromEntries(facetNames.map((f) => [f, []])) as unknown as Record<
  (typeof facetNames)[number],
  never[]
>;

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/search', { schema: searchSchema, config: { policy: 'public' } }, async (request) => {
    const { q, page, ...selection } = request.query;
    const parsed = parseSearchQuery(q);
    if (!parsed.ok) {
      const message = SEARCH_QUERY_ISSUES[parsed.issue];
      throw new AppError('INVALID_INPUT', `Invalid querystring parameter "q": ${message}`, [{ field: 'q', message }]);
    }
    const outcome = await searchRegister(app.services.db, request.actor, { query: parsed.query, selection, page });
    if (outcome.state !== 'results')
      return {
        query: parsed.query.text,
        tsquery: null,
        total: { count: 0, capped: false },
        page: 1,
        pages: 1,
        data: [],
        facets: noFacets,
      };
    return {
      query: parsed.query.text,
      tsquery: outcome.tsquery,
      total: outcome.total,
      page: outcome.page,
      pages: outcome.pages,
      data: outcome.hits.map((h) => ({
        type: h.type,
        key: h.key,
        path: h.path,
        title: plain(h.title),
        titleEn: h.titleEn && plain(h.titleEn),
        status: h.status,
        year: h.year,
        date: h.date,
        rank: h.rank,
        highlight: { title: h.title, titleEn: h.titleEn, snippet: h.snippet },
      })),
      facets: outcome.facets,
    };
  });
};
