import { sourceKinds, type SourceKind } from '../shared/vocabulary.ts';

/** The kinds a document added to the library may have (a strategy comes from strategy/ with the seed). */
export const libraryKinds = sourceKinds.filter((k) => k !== 'strategy') as Exclude<SourceKind, 'strategy'>[];

/** The kinds a list can be filtered by, in the order the page shows them. */
export const filterKinds: readonly SourceKind[] = ['strategy', ...libraryKinds];
