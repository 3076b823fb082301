import { formatPartialDate } from '../../core/shared/partial-date.ts';
import { t, type Language } from '../../text/i18n.ts';

/** Start and end of an activity at their precision ("26. März 2024 – 27. März 2024", "2022", "ohne Datum"). */
export function activityDates(a: { startsOn: string | null; endsOn: string | null }, lang: Language): string {
  if (!a.startsOn) return t(lang, 'undated');
  const start = formatPartialDate(a.startsOn, lang);
  return a.endsOn && a.endsOn !== a.startsOn ? `${start} – ${formatPartialDate(a.endsOn, lang)}` : start;
}

/** A month for people: "März 2024" / "March 2024". */
export const monthName = (month: string, lang: Language): string => formatPartialDate(month, lang);
