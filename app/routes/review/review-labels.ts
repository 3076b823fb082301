import type { CandidateMatch, CandidateStatus, FactType } from '../../../core/shared/vocabulary.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { t, type Language, type MessageKey } from '../../../text/i18n.ts';

export const typeLabel = (lang: Language, type: FactType) => t(lang, `rvType_${type}` as MessageKey);
export const matchLabel = (lang: Language, match: CandidateMatch) => t(lang, `rvMatch_${match}` as MessageKey);
export const statusLabel = (lang: Language, status: CandidateStatus) => t(lang, `rvStatus_${status}` as MessageKey);

/** A partial date at its precision, or "undated". */
export const dateLabel = (lang: Language, date: string | null | undefined, end?: string | null) => {
  if (!date) return t(lang, 'rvNoDate');
  const shown = (d: string) => {
    try {
      return formatPartialDate(d, lang);
    } catch {
      return d;
    }
  };
  return end ? `${shown(date)} – ${shown(end)}` : shown(date);
};

/** The queue, or one candidate, in the reader's language, with the given filters. */
export const reviewHref = (lang: Language, path = '', params: Record<string, string> = {}): string => {
  const search = new URLSearchParams(params);
  if (lang === 'en') search.set('lang', 'en');
  return `/pruefung${path}${search.size ? `?${search}` : ''}`;
};
