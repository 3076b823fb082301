/**
 * What a title, a name or a file name may not hold: control characters (tab, line feed and
 * carriage return aside), bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069,
 * which make "Vertrag‮fdp.exe.pdf" look like a PDF), zero-width and other invisible format
 * characters (U+200B, U+2060, U+FEFF …) and the line and paragraph separators U+2028/U+2029.
 * The soft hyphen and the zero-width (non-)joiner stay allowed: they occur in honest text.
 */
const UNSAFE = /[^\P{Cc}\t\n\r]|[\u2028\u2029]|[^\P{Cf}\u00ad\u200c\u200d]/u;

/** Whether a text holds a character that no title or name may hold. */
export const hasUnsafeCharacters = (text: string): boolean => UNSAFE.test(text);

/** The first such character as people can look it up ("U+202E"), or null. */
export function firstUnsafeCharacter(text: string): string | null {
  const found = UNSAFE.exec(text)?.[0];
  return found === undefined ? null : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A file name as it may be stored and offered for download: one line, nothing unsafe or invisible. */
export const isPlainFileName = (name: string): boolean => !hasUnsafeCharacters(name) && !/[\t\n\r]/.test(name);
