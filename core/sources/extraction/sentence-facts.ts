import type { ActivityKind, FactType } from '../../shared/vocabulary.ts';
import type { GazetteerPlace } from '../fact.ts';
import {
  ACTIVITY_CUES,
  AGREEMENT_NOUN,
  ANNIVERSARY,
  agreementKindOf,
  ESTABLISH_VERB,
  FOUNDING,
  HABIT,
  INBOUND,
  MEETING_GROUP,
  MEETING_VERB,
  numberOf,
  OFFICE_VERB,
  OUTBOUND,
  PARTNERSHIP_NOUN,
  RENEWAL,
  SAXON_ACTOR,
  SIGN_VERB,
  SINCE_CONTEXT,
  SINCE_YEAR,
  STATUS_CUES,
  TRIP_NOUN,
  YEARS_AGO,
  GOVERNMENT,
  INSTITUTION,
  officeNamed,
} from './cues.ts';
import type { DateMention } from './dates.ts';
import { dated, pickDate } from './sentence-dates.ts';

/** What one sentence proposes, before partner and date are settled for the document. */
export interface Proposal {
  type: FactType;
  activityKind?: ActivityKind;
  /** Partners named for it; empty: the document's partner. */
  partners: GazetteerPlace[];
  /** One fact per partner (a trip to three provinces) rather than one for the first. */
  eachPartner?: boolean;
  date: string | null;
  endDate: string | null;
  /** The date came from the text (not the publication date standing in for it). */
  dated: boolean;
  derived?: boolean;
  /** Announced or planned, not done. */
  planned?: boolean;
  /** Part of another event the same sentence tells (the guests of a conference): not a main event itself. */
  secondary?: boolean;
  status?: 'suspended' | 'active' | 'ended';
  agreementKind?: string;
  renewal?: boolean;
  termYears?: number | null;
  confidence: number;
}

export interface SentenceContext {
  text: string;
  /** The sentence before it, for "sie" after "die Arbeitsgruppe". */
  previous: string;
  partners: GazetteerPlace[];
  /** Dates in the sentence (lazily read). */
  dates: () => DateMention[];
  publishedOn: string | null;
  publishedYear: number | null;
  /** The sentence names a place in Saxony as where it happened ("in Dresden", "im Freistaat"). */
  inSaxony: boolean;
  /** The sentence names a partner's head or minister ("der Gouverneur der Provinz Hubei"). */
  partnerLeader: boolean;
  /** The partners named as what a relation is with ("mit der Stadt Sankt Petersburg"). */
  objects: GazetteerPlace[];
  /** A foreign place is named in this stretch of the sentence. */
  foreignWithin: (from: number, to: number) => boolean;
}

const PLANNED =
  /(kündigt\w* an|angekündigt|einzurichten|soll\w*|wird\b|werden\b|will\b|wollen\b|plant\w*|geplant|in Planung|künftig|werde\b)/i;
const TERM = /(?:für|auf) (?:die Dauer von |weitere )?(\d+|zwei|drei|vier|fünf|sechs|zehn) Jahren?/i;
const TERM_WORDS: Record<string, number> = { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, zehn: 10 };

/** Every fact one sentence proposes. */
export function proposalsOf(ctx: SentenceContext): Proposal[] {
  const { text } = ctx;
  const out: Proposal[] = [];
  const planned = PLANNED.test(text);

  const noun = AGREEMENT_NOUN.exec(text);
  const isAgreement = !!noun && SIGN_VERB.test(text) && !/(unterzeichnet|vereinbart) werden/.test(text);
  if (isAgreement) {
    const days = ctx.dates().filter((d) => d.date.length === 10 && !d.relative);
    const renewed = RENEWAL.exec(text);
    // "2003 … unterzeichnet, die 2013 erneuert wurde": the signing and its renewal.
    const years = ctx.dates().filter((d) => !d.relative && d.date.length === 4);
    const term = TERM.exec(text);
    const base = {
      type: 'agreement_signed' as const,
      partners: ctx.partners,
      agreementKind: agreementKindOf(noun[1]!),
      renewal: RENEWAL.test(text),
      termYears: term ? (TERM_WORDS[term[1]!.toLowerCase()] ?? Number(term[1])) : null,
      // An agreement of universities or agencies is a candidate, but not a government agreement.
      ...(INSTITUTION.test(text) && !GOVERNMENT.test(text)
        ? { confidence: 0.4, secondary: true }
        : { confidence: 0.8 }),
    };
    // "am 17. September 1999 mit dem Marschallamt und am 2. Mai 2000 mit dem Wojewodschaftsamt": two signings.
    if (days.length > 1) for (const d of days) out.push({ ...base, date: d.date, endDate: null, dated: true });
    else if (renewed && years.length > 1 && renewed.index > years[0]!.at) {
      years.forEach((y, i) => out.push({ ...base, renewal: i > 0, date: y.date, endDate: null, dated: true }));
    } else out.push({ ...base, ...dated(ctx, true) });
    if (FOUNDING.test(text) && !planned) out.push({ ...base, ...dated(ctx, true), type: 'partnership_established' });
    if (ctx.inSaxony && ctx.partnerLeader && !planned) {
      out.push({
        type: 'activity',
        activityKind: 'delegation_received',
        partners: ctx.partners,
        ...dated(ctx, false),
        confidence: 0.6,
      });
    }
  }

  const start = partnershipStart(ctx);
  if (start && !isAgreement) {
    out.push(start);
    // "wurde 2001 mit einer Gemeinsamen Erklärung begründet": the agreement too.
    if (noun && !start.derived && /(begründet|besiegelt|geschlossen)/.test(text)) {
      out.push({
        ...start,
        type: 'agreement_signed',
        agreementKind: agreementKindOf(noun[1]!),
        renewal: false,
        termYears: null,
        confidence: 0.6,
      });
    }
  }

  if (PARTNERSHIP_NOUN.test(text) || /Kontakte/.test(text)) {
    for (const { status, cue } of STATUS_CUES) {
      if (cue.test(text)) {
        // A pause for the pandemic is rarely a decision on the partnership's status: a weak candidate.
        const pandemic = /(Pandemie|Corona)/.test(text);
        out.push({
          type: 'status_changed',
          status,
          partners: ctx.objects.length ? ctx.objects : ctx.partners,
          eachPartner: true,
          ...dated(ctx, true),
          confidence: pandemic ? 0.3 : 0.6,
          secondary: pandemic,
        });
        break;
      }
    }
  }

  if (officeNamed(text) && OFFICE_VERB.test(text)) {
    const announced =
      /(kündigt\w* an|angekündigt|einzurichten|zu eröffnen|Ziel|soll\w*|plant\w*|geplant|will|wollen)/i.test(text);
    out.push({
      type: 'office_opened',
      partners: ctx.partners,
      ...dated(ctx, true),
      planned: announced,
      confidence: 0.7,
    });
  }

  const group =
    MEETING_GROUP.test(text) ||
    (/\b(?:sie|es)\b/.test(text) && /(tagte|tagten|traf\w* sich)/.test(text) && MEETING_GROUP.test(ctx.previous));
  if (group && MEETING_VERB.test(text) && !HABIT.test(text)) {
    out.push({
      type: 'activity',
      activityKind: 'working_group_meeting',
      partners: ctx.partners,
      ...dated(ctx, false),
      confidence: 0.8,
    });
    return out;
  }

  const trip = visitOf(ctx, planned, isAgreement);
  if (trip) out.push(trip);
  for (const cue of ACTIVITY_CUES) {
    if (cue.noun.test(text) && cue.verb.test(text) && !(planned && cue.kind === 'conference' && !ctx.dates().length)) {
      out.push({
        type: 'activity',
        activityKind: cue.kind,
        partners: ctx.partners,
        ...dated(ctx, false),
        planned,
        confidence: 0.6,
      });
      // The guests of a conference or fair came for it: their visit is part of that event.
      if (trip?.activityKind === 'delegation_received') trip.secondary = true;
      break;
    }
  }
  return out;
}

/** A visit either way; in a sentence on a signing only a journey ("im Rahmen einer Reise ... nach Kyjiw"). */
function visitOf(ctx: SentenceContext, planned: boolean, signing: boolean): Proposal | null {
  const { text } = ctx;
  const when = dated(ctx, false);
  const visit = (activityKind: 'delegation_trip' | 'delegation_received', confidence: number): Proposal => ({
    type: 'activity',
    activityKind,
    partners: ctx.partners,
    ...(activityKind === 'delegation_trip' ? { eachPartner: true } : {}),
    ...when,
    planned,
    confidence,
  });
  const move = /(reist\w*|gereist|Reise|fährt|flog|aufgebrochen)\b.*\b(nach|in die|in den|ins)\b/.exec(text);
  if (signing && !move) return null;
  if (move && ctx.partners.length && ctx.foreignWithin(move.index + move[0].length, move.index + move[0].length + 40)) {
    return visit('delegation_trip', 0.75);
  }
  const from = /Delegation aus|Besuch aus|Gäste aus/.exec(text);
  const inbound = from ? ctx.foreignWithin(from.index, from.index + from[0].length + 40) : INBOUND.test(text);
  if (inbound && (ctx.partners.length || /Delegation|Gäste|Gast/.test(text))) {
    return visit('delegation_received', 0.7);
  }
  const meetsHere =
    /(Treffen|trifft|traf\b|zusammengetroffen|Gespräch|kamen\b.*\bzusammen|zu Gast)/.test(text) &&
    ctx.inSaxony &&
    ctx.partnerLeader;
  if (meetsHere) {
    return visit('delegation_received', 0.6);
  }
  if (OUTBOUND.test(text) && SAXON_ACTOR.test(text) && (ctx.partners.length || TRIP_NOUN.test(text))) {
    return visit('delegation_trip', ctx.partners.length ? 0.7 : 0.5);
  }
  return null;
}

/** "hatten am 18. Oktober 2016 ihre Regionalpartnerschaft vereinbart", "seit 2006 bestehende Kooperation", "15. Jubiläum der Regionalpartnerschaft". */
function partnershipStart(ctx: SentenceContext): Proposal | null {
  const { text } = ctx;
  const base = { type: 'partnership_established' as const, partners: ctx.partners, endDate: null, dated: true };
  const anniversary = ANNIVERSARY.exec(text) ?? (/[Pp]artnerschaft/.test(text) ? YEARS_AGO.exec(text) : null);
  if (anniversary && ctx.publishedYear) {
    const date = String(ctx.publishedYear - numberOf(anniversary[1]!));
    return { ...base, date, derived: true, confidence: 0.7 };
  }
  const since = SINCE_YEAR.exec(text);
  // "ruht seit 2012" dates the status, not the start.
  if (since && SINCE_CONTEXT.test(text) && !STATUS_CUES.some((s) => s.cue.test(text)))
    return { ...base, date: since[1]!, confidence: 0.7 };
  const past =
    /[Pp]artnerschaft/.test(text) || (PARTNERSHIP_NOUN.test(text) && /\b(wurde|war|worden|hatten|hat)\b/.test(text));
  if (past && ESTABLISH_VERB.test(text) && !/(wollen|soll|will|fortsetzen|fortführen)/.test(text)) {
    const d = pickDate(ctx.dates(), true);
    if (d && !d.relative) return { ...base, date: d.date, confidence: 0.75 };
  }
  return null;
}
