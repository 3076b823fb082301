import { formatEuro } from '../../core/activities/money.ts';
import { historyPath, type HistoryType } from '../../core/history/history-subjects.ts';
import type { ReferenceName } from '../../core/history/history-references.ts';
import {
  activityKinds,
  agreementKinds,
  partnershipKinds,
  roundOccasions,
  roundRecommendations,
  roundStatuses,
  sourceKinds,
  visibilities,
  weightMethods,
  type ActivityKind,
  type AgreementKind,
  type PartnershipKind,
  type RoundOccasion,
  type RoundRecommendation,
  type RoundStatus,
  type SourceKind,
  type Visibility,
  type WeightMethod,
} from '../../core/shared/vocabulary.ts';
import { label, t, type Language } from '../../text/i18n.ts';
import { labelOf } from '../../text/labels.ts';
import { historyActionLabels, historyFieldLabels } from '../../text/history.messages.ts';
import { statusLabel } from '../../text/search-labels.ts';

/** Fields whose parts are keyed by data (a criterion's weight, a criterion's score): "Bewertungen: ziel-z4". */
const KEYED_FIELDS = ['weights', 'scores'];

/** The name of a field of an audit entry in the reader's language (dotted paths of unknown fields as they are). */
export function fieldLabel(lang: Language, field: string): string {
  const named = historyFieldLabels[lang][field];
  if (named) return named;
  const dot = field.indexOf('.');
  const head = field.slice(0, dot);
  if (dot > 0 && KEYED_FIELDS.includes(head)) return `${historyFieldLabels[lang][head]}: ${field.slice(dot + 1)}`;
  return field;
}

/** A signatory as the audit entry holds it: "Michael Kretschmer, Ministerpräsident (für den Freistaat Sachsen)". */
function signatoryText(lang: Language, value: object): string | null {
  const s = value as { name?: unknown; role?: unknown; side?: unknown };
  if (typeof s.name !== 'string') return null;
  const side = s.side === 'saxony' || s.side === 'partner' ? ` (${label(lang, 'side', s.side)})` : '';
  return `${s.name}${typeof s.role === 'string' && s.role ? `, ${s.role}` : ''}${side}`;
}

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
 * A value before or after a change, as a reader understands it: records named by key by their
 * names (`names`, looked up with the history), vocabulary values by their names, amounts in
 * euros, lists joined, nothing as a dash. Dates stay as stored, with their precision.
 */
export function formatHistoryValue(
  lang: Language,
  field: string,
  value: unknown,
  type?: HistoryType,
  names?: Readonly<Record<string, ReferenceName>>,
): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string' && names?.[value]) return names[value][lang];
  if (typeof value === 'boolean') return t(lang, value ? 'historyYes' : 'historyNo');
  if (typeof value === 'number') {
    if (field.endsWith('Cents')) return formatEuro(value, lang);
    return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE').format(value);
  }
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => formatHistoryValue(lang, field, v, type, names)).join(field === 'signatories' ? '; ' : ', ')
      : '–';
  if (typeof value === 'object' && field === 'signatories') return signatoryText(lang, value) ?? JSON.stringify(value);
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
    if (field === 'kind' && type === undefined && (sourceKinds as readonly string[]).includes(value))
      return t(lang, `sourceKind_${value as SourceKind}`);
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
