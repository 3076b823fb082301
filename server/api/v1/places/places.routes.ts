import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../../../core/shared/errors.ts';
import { findOrganisations, getOrganisation } from '../../../../db/organisations/organisations.queries.ts';
import { findPlaceByRef, findPlaces } from '../../../../db/places/places.queries.ts';
import { getOrganisationSchema, getPlaceSchema, listOrganisationsSchema, listPlacesSchema } from './places.schemas.ts';

export const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/places', { schema: listPlacesSchema, config: { policy: 'public' } }, async (request) => ({
    data: await findPlaces(app.services.db, request.query),
  }));

  app.get('/places/:ref', { schema: getPlaceSchema, config: { policy: 'public' } }, async (request) => {
    const found = await findPlaceByRef(app.services.db, request.params.ref);
    const [place] = found ? await findPlaces(app.services.db, { key: found.key }) : [];
    if (!place) throw notFound('Place', request.params.ref);
    return place;
  });

  app.get('/organisations', { schema: listOrganisationsSchema, config: { policy: 'public' } }, async (request) => ({
    data: await findOrganisations(app.services.db, request.query),
  }));

  app.get('/organisations/:ref', { schema: getOrganisationSchema, config: { policy: 'public' } }, async (request) =>
    getOrganisation(app.services.db, request.params.ref),
  );
};
