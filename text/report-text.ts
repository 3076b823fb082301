import type { Language } from './i18n.ts';
import { de, type ReportText } from './report-text-de.ts';
import { en } from './report-text-en.ts';

export type { ReportText } from './report-text-de.ts';

/** The report texts of a language: German first, English complete. */
export const reportText = (lang: Language): ReportText => (lang === 'de' ? de : en);
