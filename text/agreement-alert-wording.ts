import type { AgreementAlert } from '../core/partnerships/agreement-alerts.ts';
import { formatPartialDate, parsePartialDate } from '../core/shared/partial-date.ts';
import type { Language } from './i18n.ts';

/** "am 4. Oktober 2026", "im Oktober 2026", "2027": the date with the preposition its precision takes. */
function when(lang: Language, value: string): string {
  const precision = parsePartialDate(value)?.precision ?? 'day';
  const date = formatPartialDate(value, lang);
  if (lang === 'en') return precision === 'day' ? `on ${date}` : `in ${date}`;
  return precision === 'day' ? `am ${date}` : precision === 'month' ? `im ${date}` : date;
}

/**
 * The sentence that warns of an agreement: "„…“ ist am 4. Oktober 2026 abgelaufen." or
 * "„…“ läuft am 4. Oktober 2026 aus." (the title stays in German, as it stands in the source).
 */
export function agreementAlertSentence(lang: Language, alert: AgreementAlert): { before: string; after: string } {
  const date = when(lang, alert.expiresOn);
  if (lang === 'en')
    return { before: 'The agreement', after: alert.kind === 'expired' ? `expired ${date}.` : `expires ${date}.` };
  return {
    before: 'Die Vereinbarung',
    after: alert.kind === 'expired' ? `ist ${date} abgelaufen.` : `läuft ${date} aus.`,
  };
}
