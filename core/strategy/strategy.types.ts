import type { PlaceRef, OrganisationRef } from '../partnerships/partnership.types.ts';
import type { Citation } from '../sources/citation.ts';
import type { CommitmentLevel, FocusField, MeasureStatus } from '../shared/vocabulary.ts';

export interface MeasureRecord {
  key: string;
  position: number;
  subArea: string | null;
  /** The exact wording of the strategy, in corrected German. */
  text: string;
  commitment: CommitmentLevel;
  leadOrganisation: OrganisationRef | null;
  status: MeasureStatus | null;
  /** Whether the Haushaltsvorbehalt applies (it does to every measure that needs state funds). */
  budgetReservation: boolean;
  footnote: string | null;
  citation: Citation | null;
}

export interface StrategyRecord {
  slug: string;
  title: string;
  shortTitle: string;
  titleEn: string;
  jurisdiction: string;
  version: string;
  adoptedOn: string | null;
  adoptedBy: string;
  coordination: string;
  evaluation: string;
  budgetReservation: string;
  source: string;
  citations: Citation[];
  goals: { key: string; position: number; title: string; titleEn: string; citations: Citation[] }[];
  instruments: {
    numeral: string;
    position: number;
    title: string;
    titleEn: string;
    measuresIntro: string | null;
    citations: Citation[];
    subAreas: { key: string; title: string; titleEn: string; measuresIntro: string | null }[];
    measures: MeasureRecord[];
  }[];
  focusDesignations: { field: FocusField; label: string; labelEn: string; place: PlaceRef | null; citations: Citation[] }[];
}
