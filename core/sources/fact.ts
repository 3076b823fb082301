import type { ActivityKind, FactType, PlaceKind } from '../shared/vocabulary.ts';

/**
 * A fact proposed from a document, as `sources extract --json` prints it and the review queue
 * stores it. `quote` occurs in the document's text exactly; `date` keeps the precision the text
 * gives ("2017", "2017-11", "2017-11-17").
 */
export interface ExtractedFact {
  type: FactType;
  /** Only for `activity`. */
  activityKind?: ActivityKind;
  /** The partner place: ISO 3166-1 or 3166-2 where it has one (`iso: null` otherwise). */
  partner: { iso: string | null; name: string } | null;
  date: string | null;
  endDate: string | null;
  quote: string;
  /** 0 … 1: how sure the extraction is. */
  confidence: number;
  /** Where the quote starts in the text (UTF-16 offset). */
  quoteAt?: number;
  /** The primary event of the document, as opposed to background it mentions. */
  primary?: boolean;
  /** For `status_changed`: the new status. */
  status?: 'suspended' | 'active' | 'ended';
  /** For `agreement_signed`: what was signed (declaration, memorandum, agreement …) and whether renewed. */
  agreementKind?: string;
  renewal?: boolean;
  /** The Saxon organiser (ministry key or name), where the text names one. */
  organiser?: { key: string | null; name: string } | null;
  /** People named with their roles, for agreements and trips. */
  people?: { name: string; role: string | null }[];
  /** Further places the text names for it (cities visited). */
  places?: { iso: string | null; name: string }[];
  /** A short German title a reviewer can accept as it is. */
  title?: string;
  /** For `agreement_signed`: the term the text gives ("für die Dauer von fünf Jahren" → 5). */
  termYears?: number | null;
  /** Where it took place, as the text names it (the city of a signing or a meeting). */
  location?: { iso: string | null; name: string } | null;
  /** Derived rather than read ("10 Jahre Partnerschaft" in 2017 → 2007): the reviewer should check it. */
  derived?: boolean;
}

/** One name a text may use for a place of the register, with the place it means. */
export interface GazetteerPlace {
  key: string;
  kind: PlaceKind;
  iso: string | null;
  /** ISO code of the country the place lies in. */
  country: string | null;
  names: string[];
  /** For a region: its capital's names ("Wuhan" for Hubei), where the text may name the city for it. */
  capitalNames?: string[];
  /** The key of the place it lies in (a region's country, a city's region). */
  parentKey?: string | null;
}

/** A Saxon or partner organisation the text may name (ministries by name and abbreviation). */
export interface GazetteerOrganisation {
  key: string;
  names: string[];
  /** A Saxon state ministry or the State Chancellery. */
  saxonMinistry: boolean;
}

/** What the extraction knows of the register: the places and organisations it can recognise. */
export interface Gazetteer {
  places: GazetteerPlace[];
  organisations: GazetteerOrganisation[];
}

/** The document as the extraction reads it. */
export interface DocumentToRead {
  text: string;
  /** Publication date, with its precision: relative dates ("heute", "am Freitag") are read against it. */
  publishedOn: string | null;
  title?: string;
  language?: string;
}
