import { z } from 'zod';
import { organisationKinds, placeKinds } from '../../../../core/shared/vocabulary.ts';
import { citation, problemResponses, refParam } from '../common.schemas.ts';

export const place = z
  .object({
    key: z.string(),
    kind: z.enum(placeKinds),
    iso3166_1: z.string().nullable(),
    iso3166_2: z.string().nullable(),
    formerIsoCodes: z.array(z.string()).describe('Withdrawn codes, e.g. PL-DS for Lower Silesia before 2018'),
    nuts: z.string().nullable(),
    wikidata: z.string().nullable(),
    parent: z.string().nullable(),
    nameDe: z.string(),
    nameEn: z.string(),
    nameLocal: z.string(),
    localLang: z.string(),
    point: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  })
  .meta({ id: 'Place' });

export const listPlacesSchema = {
  summary: 'Countries, regions, cities and macro regions with ISO 3166 codes, Wikidata ids and a map point',
  tags: ['places'],
  querystring: z.strictObject({
    kind: z.enum(placeKinds).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')
      .transform((s) => s.toUpperCase())
      .optional(),
  }),
  response: { 200: z.object({ data: z.array(place) }), ...problemResponses },
};

export const getPlaceSchema = {
  summary: 'One place by key or ISO 3166 code (current or withdrawn)',
  tags: ['places'],
  params: refParam,
  response: { 200: place, ...problemResponses },
};

export const organisation = z
  .object({
    key: z.string(),
    kind: z.enum(organisationKinds),
    name: z.string(),
    nameEn: z.string().nullable(),
    abbreviation: z.string().nullable(),
    parent: z.string().nullable(),
    place: z.string().nullable(),
    citations: z.array(citation),
  })
  .meta({ id: 'Organisation' });

export const listOrganisationsSchema = {
  summary: 'Ministries, authorities, agencies, chambers, universities, NGOs and partner-side bodies',
  tags: ['organisations'],
  querystring: z.strictObject({ kind: z.enum(organisationKinds).optional() }),
  response: { 200: z.object({ data: z.array(organisation) }), ...problemResponses },
};

export const getOrganisationSchema = {
  summary: 'One organisation by key',
  tags: ['organisations'],
  params: refParam,
  response: { 200: organisation, ...problemResponses },
};
