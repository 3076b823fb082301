import type { FacetName, SearchType } from '../core/search/facets.ts';
import { activityStatuses, partnershipStatuses } from '../core/shared/vocabulary.ts';
import { label, t, type Language, type MessageKey } from './i18n.ts';

/** The name of a type of record, as a badge and in the type facet. */
export const typeLabel = (lang: Language, type: SearchType): string => t(lang, `type_${type}` as MessageKey);

const MEASURE_STATUS_KEYS = {
  measureStatus_not_started: true,
  measureStatus_planned: true,
  measureStatus_in_progress: true,
  measureStatus_ongoing: true,
  measureStatus_completed: true,
  measureStatus_discontinued: true,
};

/** The name of a status value of any type ("geplant" is the same word for activities and measures). */
export function statusLabel(lang: Language, status: string): string {
  if ((partnershipStatuses as readonly string[]).includes(status))
    return label(lang, 'status', status as (typeof partnershipStatuses)[number]);
  if ((activityStatuses as readonly string[]).includes(status))
    return label(lang, 'activityStatus', status as (typeof activityStatuses)[number]);
  const key = `measureStatus_${status}`;
  return key in MEASURE_STATUS_KEYS ? t(lang, key as MessageKey) : status;
}

/** A country by its ISO 3166-1 code, in the reader's language ("Polen (PL)"). */
export function countryLabel(lang: Language, code: string): string {
  try {
    const name = new Intl.DisplayNames([lang === 'en' ? 'en' : 'de'], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** The label of one facet value; organisers by the names the register gives them. */
export function facetValueLabel(
  lang: Language,
  facet: FacetName,
  value: string,
  organisers: Record<string, string>,
): string {
  switch (facet) {
    case 'type':
      return typeLabel(lang, value as SearchType);
    case 'status':
      return statusLabel(lang, value);
    case 'country':
      return countryLabel(lang, value);
    case 'organiser':
      return organisers[value] ?? value;
    case 'year':
      return value;
  }
}
