import { franc } from 'franc-min';
import { z } from 'zod';
import { AppError, withCodes, type FieldIssue } from '../shared/errors.ts';
import { parsePartialDate } from '../shared/partial-date.ts';
import { sourceKinds, visibilities, type SourceKind, type Visibility } from '../shared/vocabulary.ts';
import { hasUnsafeCharacters } from '../shared/plain-text.ts';

/** The reasons a field of a source document is refused, as stable messages the pages translate. */
export const SOURCE_ISSUES = {
  required: 'is required',
  vocabulary: 'is not a value of the vocabulary',
  date: 'must be a real date YYYY, YYYY-MM or YYYY-MM-DD',
  future: 'must not lie in the future',
  tooLong: 'is too long',
  control: 'must not contain control or invisible characters (such as direction overrides)',
  url: 'must be a web address beginning with http:// or https://',
  language: 'is not a language code (ISO 639-1, such as de, en, cs, pl)',
  undetected: 'could not be recognised from the text: give it',
  strategy: 'strategies are loaded from their data files, not added to the library',
} as const;
export type SourceIssue = keyof typeof SOURCE_ISSUES;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, SOURCE_ISSUES.tooLong)
    .refine((v) => !hasUnsafeCharacters(v), SOURCE_ISSUES.control);

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether a code names a language: two letters that Unicode's language names know ("de", "cs"; not "xx"). */
export const isLanguageCode = (code: string): boolean => /^[a-z]{2}$/.test(code) && !!languageNames.of(code);

const webAddress = (v: string) => {
  if (!/^https?:\/\//i.test(v)) return false;
  try {
    return Boolean(new URL(v).hostname);
  } catch {
    return false;
  }
};

/** The metadata of a document as a form, the API or the command line enters it, every value a text. */
export const sourceInputSchema = z.object({
  title: text(500).prefault(''),
  publisher: text(300).prefault(''),
  publishedOn: z
    .string()
    .trim()
    .refine((v) => v === '' || parsePartialDate(v) !== null, SOURCE_ISSUES.date)
    .transform((v) => v || null)
    .prefault(''),
  kind: z
    .string()
    .trim()
    .transform((v) => v || 'other')
    .refine((v) => v !== 'strategy', SOURCE_ISSUES.strategy)
    .refine((v) => (sourceKinds as readonly string[]).includes(v), SOURCE_ISSUES.vocabulary)
    .transform((v) => v as SourceKind)
    .prefault(''),
  url: text(2000)
    .refine((v) => v === '' || webAddress(v), SOURCE_ISSUES.url)
    .transform((v) => v || null)
    .prefault(''),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === '' || isLanguageCode(v), SOURCE_ISSUES.language)
    .prefault(''),
  visibility: z
    .string()
    .trim()
    .transform((v) => v || 'public')
    .refine((v) => (visibilities as readonly string[]).includes(v), SOURCE_ISSUES.vocabulary)
    .transform((v) => v as Visibility)
    .prefault(''),
});
export type SourceInput = Partial<Record<keyof z.input<typeof sourceInputSchema>, string>>;
export type ParsedSourceInput = z.output<typeof sourceInputSchema>;

/** Turns refused fields into INVALID_INPUT naming every field and why. */
export function invalidSource(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('INVALID_INPUT', `${first.field}: ${first.message}`, withCodes(SOURCE_ISSUES, issues));
}

/** The refusals of the metadata, checked against `today` (a publication date is not in the future). */
export function sourceInputIssues(input: unknown, today: string): { issues: FieldIssue[]; parsed?: ParsedSourceInput } {
  const result = sourceInputSchema.safeParse(input ?? {});
  if (!result.success)
    return { issues: result.error.issues.map((i) => ({ field: i.path.join('.') || 'source', message: i.message })) };
  const published = result.data.publishedOn ? parsePartialDate(result.data.publishedOn) : null;
  if (published && published.first > today)
    return { issues: [{ field: 'publishedOn', message: SOURCE_ISSUES.future }] };
  return { issues: [], parsed: result.data };
}

/**
 * The language of a text, where it is clear (franc's trigram model; ISO 639-3 mapped to the
 * two-letter code through Unicode's locale data), or null for a text too short or too mixed.
 */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 20_000), { minLength: 40 });
  if (code === 'und') return null;
  const two = new Intl.Locale(code).language;
  return isLanguageCode(two) ? two : null;
}

/** A title from the text where none is given: its first line, cut at a word within 200 characters. */
export function titleFromText(text: string): string {
  const line = text
    .split('\n')
    .find((l) => l.trim())!
    .trim()
    .replace(/\s+/g, ' ');
  if (line.length <= 200) return line;
  const cut = line.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120))} …`;
}
