/** A fact's source: the document, where in it, and the passage itself. */
export interface Citation {
  source: string;
  sourceTitle: string;
  sourceFile: string;
  publishedOn: string | null;
  locator: string;
  quote: string;
  claim: string | null;
}
