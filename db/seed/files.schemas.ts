import { z } from 'zod';
import { isPartialDate } from '../../core/shared/partial-date.ts';
import {
  activityKinds,
  activityStatuses,
  agreementKinds,
  commitmentLevels,
  focusFields,
  organisationKinds,
  partnershipKinds,
  partnershipStatuses,
  placeKinds,
  signatorySides,
  sourceKinds,
  visibilities,
} from '../../core/shared/vocabulary.ts';

/** The shapes of the seed and strategy files. Unknown keys are errors, so typos do not pass silently. */
const text = z.string().trim().min(1, 'must not be empty');
const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, "-" and "_" only');
const partialDate = z.string().refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');

export const citationSchema = z.strictObject({
  source: key,
  locator: text,
  quote: text,
  claim: z
    .enum([
      'existence',
      'kind',
      'since',
      'status',
      'partner',
      'sectors',
      'signedOn',
      'signedAt',
      'signatories',
      'term',
      'renewal',
      'workingGroup',
      'office',
      'date',
      'participants',
      'serves',
      'other',
    ])
    .optional(),
});
export type CitationInput = z.infer<typeof citationSchema>;

const textWithCitation = z.strictObject({ text, citation: citationSchema });

export const sourcesFileSchema = z.array(
  z.strictObject({
    key,
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in db/seed/sources/'),
    kind: z.enum(sourceKinds),
    title: text,
    publisher: text,
    publishedOn: partialDate,
    language: z.string().regex(/^[a-z]{2}$/),
    ocr: z.boolean(),
  }),
);

const measureSchema = z.strictObject({
  key: z.string().regex(/^[IVX]+-\d{2}$/, 'use <numeral>-<two digits>, e.g. III-07'),
  subArea: key.optional(),
  text,
  commitment: z.enum(commitmentLevels),
  leadMinistry: z.string().nullable().optional(),
  footnote: text.optional(),
  citation: citationSchema,
});

export const strategyFileSchema = z.strictObject({
  slug: key,
  title: text,
  shortTitle: text,
  titleEn: text,
  jurisdiction: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
  version: text,
  adoptedOn: partialDate,
  adoptedBy: text,
  source: key,
  adoption: citationSchema,
  coordination: textWithCitation,
  evaluation: textWithCitation,
  budgetReservation: textWithCitation,
  goals: z
    .array(z.strictObject({ key, title: text, titleEn: text, citation: citationSchema }))
    .min(1, 'a strategy has at least one goal'),
  instruments: z
    .array(
      z.strictObject({
        numeral: z.string().regex(/^[IVX]+$/, 'must be a Roman numeral'),
        title: text,
        titleEn: text,
        citation: citationSchema,
        measuresIntro: textWithCitation.optional(),
        subAreas: z
          .array(z.strictObject({ key, title: text, titleEn: text, measuresIntro: textWithCitation.optional() }))
          .default([]),
        measures: z.array(measureSchema),
      }),
    )
    .min(1, 'a strategy has at least one instrument'),
  focusDesignations: z.array(
    z.strictObject({
      field: z.enum(focusFields),
      citation: citationSchema,
      items: z
        .array(
          z.strictObject({
            label: text,
            labelEn: text,
            place: z
              .string()
              .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
              .optional(),
          }),
        )
        .min(1),
    }),
  ),
});
export type StrategyFile = z.infer<typeof strategyFileSchema>;

export const placesFileSchema = z.array(
  z.strictObject({
    key,
    kind: z.enum(placeKinds),
    iso3166_1: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
      .optional(),
    iso3166_2: z
      .string()
      .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code')
      .optional(),
    formerIsoCodes: z.array(z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)).optional(),
    nuts: z
      .string()
      .regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code')
      .optional(),
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id like Q1202')
      .optional(),
    parent: key.optional(),
    names: z.strictObject({ de: text, en: text, local: text, localLang: z.string().regex(/^[a-z]{2,3}$/) }),
    /** Further names texts use: older names, other languages, adjectives in their base form ("tschechisch"). */
    aliases: z.array(text).optional(),
    point: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  }),
);

export const organisationsFileSchema = z.array(
  z.strictObject({
    key,
    kind: z.enum(organisationKinds),
    name: text,
    nameEn: text.optional(),
    abbreviation: text.optional(),
    parent: key.nullable().optional(),
    place: key.optional(),
    citations: z.array(citationSchema).default([]),
  }),
);

export const sectorsFileSchema = z.array(z.strictObject({ key, de: text, en: text }));

const statusEntrySchema = z.strictObject({
  status: z.enum(partnershipStatuses),
  effectiveOn: partialDate.nullable().optional(),
  reason: text,
  citation: citationSchema,
});

const agreementSchema = z.strictObject({
  key,
  kind: z.enum(agreementKinds),
  title: text,
  signedOn: partialDate.nullable().optional(),
  signedAt: key.nullable().optional(),
  termMonths: z.number().int().positive().nullable().optional(),
  expiresOn: partialDate.nullable().optional(),
  renews: key.nullable().optional(),
  signatories: z
    .array(
      z.strictObject({ name: text, role: text, organisation: key.nullable().optional(), side: z.enum(signatorySides) }),
    )
    .default([]),
  citations: z.array(citationSchema).min(1, 'every agreement cites at least one source'),
});

export const partnershipsFileSchema = z.array(
  z.strictObject({
    key,
    name: text,
    nameEn: text,
    kind: z.enum(partnershipKinds),
    places: z.array(key).min(1, 'a partnership has at least one place'),
    leadOrganisation: key.nullable().optional(),
    since: partialDate.nullable().optional(),
    sectors: z.array(key).default([]),
    visibility: z.enum(visibilities).default('public'),
    citations: z.array(citationSchema).min(1, 'every partnership cites at least one source'),
    statusHistory: z.array(statusEntrySchema).min(1, 'a partnership has at least one status entry'),
    agreements: z.array(agreementSchema).default([]),
    workingGroups: z
      .array(
        z.strictObject({
          key,
          name: text,
          purpose: text.optional(),
          establishedBy: key.nullable().optional(),
          citation: citationSchema,
        }),
      )
      .default([]),
  }),
);
export type PartnershipInput = z.infer<typeof partnershipsFileSchema>[number];

export const conflictsFileSchema = z.array(
  z.strictObject({
    key,
    partnership: key.nullable().optional(),
    topic: text,
    summary: text,
    claims: z
      .array(z.strictObject({ statement: text, place: key.nullable().optional(), citation: citationSchema }))
      .min(2, 'a conflict needs at least two claims'),
  }),
);

export const activitiesFileSchema = z.array(
  z.strictObject({
    key,
    kind: z.enum(activityKinds),
    title: text,
    startsOn: partialDate.nullable().optional(),
    endsOn: partialDate.nullable().optional(),
    organiser: key.nullable().optional(),
    partnership: key.nullable().optional(),
    places: z.array(key).default([]),
    participants: z.array(key).default([]),
    sectors: z.array(key).default([]),
    status: z.enum(activityStatuses),
    visibility: z.enum(visibilities).default('internal'),
    description: text.optional(),
    citations: z.array(citationSchema).min(1, 'every seeded activity cites its source'),
    /** The instruments, goals and measures of the strategy the activity serves, where its sources say so. */
    serves: z
      .strictObject({
        instruments: z.array(z.string()).default([]),
        goals: z.array(key).default([]),
        measures: z.array(key).default([]),
        citations: z.array(citationSchema).min(1, 'what an activity serves cites the passage that says so'),
      })
      .optional(),
  }),
);
