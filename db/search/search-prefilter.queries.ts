import { sql, type SQL } from 'drizzle-orm';

/**
 * A cheap test that every record matching a query passes, for the tables whose German text
 * vector is computed per query (parsing and stemming each row's text costs far more than a
 * regular expression). The real match still decides; this only skips rows that cannot match.
 *
 * Why it never skips a match: PostgreSQL's German Snowball stemmer lower-cases a word, folds
 * ä/ö/ü to a/o/u and ß to ss (newer versions also ae/oe/ue, except "ue" after "q"), and then
 * only removes endings. So every lexeme of a matching record is the start of one of its words
 * in one of those spellings, and the record's text matches the lexeme's pattern below.
 */

const SPELLINGS: Record<string, string> = { a: '(a|ä|ae)', o: '(o|ö|oe)', u: '(u|ü|ue)' };

/** The case-insensitive regular expression (PostgreSQL ARE) for the words a lexeme can come from. */
export function lexemePattern(lexeme: string): string {
  let out = '';
  for (let i = 0; i < lexeme.length; i++) {
    const ch = lexeme[i]!;
    if (ch === 's' && lexeme[i + 1] === 's') {
      out += '(ss|ß)';
      i++;
    } else out += SPELLINGS[ch] ?? ch.replace(/[\\^$.|?*+()[\]{}-]/g, '\\$&');
  }
  return out;
}

/**
 * The prefilter on a text column: for each clause of the query that has one, at least one of its
 * alternatives (a spelling of a term, as its lexemes) has every lexeme in the text. A clause whose
 * alternatives include an exclusion or an alternative without lexemes (stop words) filters nothing.
 */
export function prefilterSql(text: SQL, clauses: readonly (readonly (readonly string[])[] | null)[]): SQL | null {
  const parts = clauses.flatMap((alternatives) => {
    if (!alternatives || alternatives.length === 0 || alternatives.some((lexemes) => lexemes.length === 0)) return [];
    const options = alternatives.map(
      (lexemes) =>
        sql`(${sql.join(
          lexemes.map((l) => sql`${text} ~* ${lexemePattern(l)}`),
          sql` and `,
        )})`,
    );
    return [sql`(${sql.join(options, sql` or `)})`];
  });
  return parts.length ? sql.join(parts, sql` and `) : null;
}
