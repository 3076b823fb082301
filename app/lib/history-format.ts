import { formatEuro } from '../../core/activities/money.ts';
import { historyPath, type HistoryType } from '../../core/history/history-subjects.ts';
import {
  activityKinds,
  agreementKinds,
  partnershipKinds,
  roundOccasions,
  roundRecommendations,
  roundStatuses,
  visibilities,
  weightMethods,
  type ActivityKind,
  type AgreementKind,
  type PartnershipKind,
  type RoundOccasion,
  type RoundRecommendation,
  type RoundStatus,
  type Visibility,
  type WeightMethod,
} from '../../core/shared/vocabulary.ts';
import { label, t, type Language } from '../../text/i18n.ts';
import { labelOf } from '../../text/labels.ts';
import { historyActionLabels, historyFieldLabels } from '../../text/history.messages.ts';
import { statusLabel } from '../../text/search-labels.ts';

/** The name of a field of an audit entry in the reader's language (dotted paths of unknown fields as they are). */
export const fieldLabel = (lang: Language, field: string): string => historyFieldLabels[lang][field] ?? field;

const kindLabel = (lang: Language, type: HistoryType | undefined, value: string): string => {
  if (type === 'activity' && (activityKinds as readonly string[]).includes(value))
    return label(lang, 'activityKind', value as ActivityKind);
  if (type === 'partnership' && (partnershipKinds as readonly string[]).includes(value))
    return label(lang, 'kind', value as PartnershipKind);
  if (type === 'agreement' && (agreementKinds as readonly string[]).includes(value))
    return label(lang, 'agreementKind', value as AgreementKind);
  return value;
};

/**
 * A value before or after a change, as a reader understands it: vocabulary values by their
 * names, amounts in euros, lists joined, nothing as a dash. Dates stay as stored, with their precision.
 */
export function formatHistoryValue(lang: Language, field: string, value: unknown, type?: HistoryType): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return t(lang, value ? 'historyYes' : 'historyNo');
  if (typeof value === 'number') {
    if (field.endsWith('Cents')) return formatEuro(value, lang);
    return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE').format(value);
  }
  if (Array.isArray(value))
    return value.length ? value.map((v) => formatHistoryValue(lang, field, v, type)).join(', ') : '–';
  // Weights and scores by criterion: "ziel-z1: 0,25, …".
  if (typeof value === 'object' && (field === 'weights' || field === 'scores'))
    return Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => `${key}: ${formatHistoryValue(lang, '', v, type)}`)
      .join(', ');
  if (typeof value === 'string') {
    if (field === 'status' && type === undefined && (roundStatuses as readonly string[]).includes(value))
      return label(lang, 'roundStatus', value as RoundStatus);
    if (field === 'status') return statusLabel(lang, value);
    if (
      (field === 'recommendation' || field === 'decision') &&
      (roundRecommendations as readonly string[]).includes(value)
    )
      return label(lang, 'roundRecommendation', value as RoundRecommendation);
    if (field === 'occasion' && (roundOccasions as readonly string[]).includes(value))
      return label(lang, 'roundOccasion', value as RoundOccasion);
    if (field === 'method' && (weightMethods as readonly string[]).includes(value))
      return label(lang, 'weightMethod', value as WeightMethod);
    if (field === 'kind') return kindLabel(lang, type, value);
    if (field === 'visibility' && (visibilities as readonly string[]).includes(value))
      return label(lang, 'visibility', value as Visibility);
    return value;
  }
  return JSON.stringify(value);
}

/** The full history page of a record, in the reader's language. */
export const historyHref = (type: HistoryType, key: string | number, lang: Language): string =>
  `${historyPath(type, key)}${lang === 'en' ? '?lang=en' : ''}`;

/** What an audit action did ("Status geändert"); an action no label names is shown as it is. */
export function actionLabel(lang: Language, action: string): string {
  const shared = labelOf(lang, 'auditAction', action);
  if (shared !== action) return shared;
  const suffix = Object.keys(historyActionLabels[lang]).find((s) => action.endsWith(`.${s}`));
  return suffix ? historyActionLabels[lang][suffix]! : action;
}

/** "1 Eintrag", "12 Einträge". */
export const entryCount = (lang: Language, n: number): string =>
  `${n} ${t(lang, n === 1 ? 'historyEntry' : 'historyEntries')}`;
