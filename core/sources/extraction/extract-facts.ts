import type { DocumentToRead, ExtractedFact, Gazetteer, GazetteerPlace } from '../fact.ts';
import { PERSON, RENEWAL, ROLE_MINISTRY } from './cues.ts';
import { findDates, referenceInstant, type DateMention } from './dates.ts';
import { finishFacts, type Draft } from './finish-facts.ts';
import { nameIndex, type NameIndex, type PlaceMention } from './name-index.ts';
import { isOwnSide, mainPartner, partnersIn } from './partners.ts';
import { proposalsOf } from './sentence-facts.ts';
import { splitSentences } from './sentences.ts';

/** A sentence worth a date parse: it has a digit or a word chrono reads as a date. */
const MAY_HAVE_DATE =
  /\d|heute|gestern|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai\b|juni|juli|august|september|oktober|november|dezember|diesjährig|diesem jahr|vor \S+ jahren|sofort|january|february|march|june|july|october|december|today|yesterday|monday|tuesday|wednesday|thursday|friday/i;

/** A place named as what a relation is with: "mit der Stadt Sankt Petersburg", "zur Republik Tatarstan". */
const OBJECT = /\b(?:mit|zu|zur|zum|with)\s+(?:der|dem|den|the)?\s*(?:\p{L}+\s+)?$/u;

const LEADER =
  /(Gouverneur|Präsident|Marschall|Landeshauptmann|Regionspräsident|Hauptmann|Ministerpräsident\w* (?:von|der|des) |Vizeminister|Botschafter|Bürgermeister|Delegation|(?<!sächs)ische[nr]? (?:Vize)?(?:Ministerpräsident|Premierminister|Minister|Präsident))/;

/**
 * Proposes the facts a document states: partnerships established, agreements signed or renewed,
 * status changes, activities (trips both ways, working-group meetings, conferences, fairs, aid,
 * training, exchanges) and offices opened. Each fact quotes the sentence it rests on verbatim
 * (`quote` at `quoteAt` in `document.text`), names its partner from the gazetteer and keeps the
 * precision of its date; relative dates are read against `document.publishedOn`. Pure: the same
 * document and gazetteer give the same facts.
 */
export function extractFacts(document: DocumentToRead, gazetteer: Gazetteer): ExtractedFact[] {
  const { text } = document;
  const index = nameIndex(gazetteer);
  const published = referenceInstant(document.publishedOn);
  const publishedOn = published ? document.publishedOn : null;
  const sentences = splitSentences(text);
  const mentions = index.places(text);
  const titleEnd = titleEndOf(text, document.title);
  const countryOf = (place: GazetteerPlace) => {
    let p: GazetteerPlace | undefined = place;
    while (p && p.kind !== 'country') p = p.parentKey ? index.byKey.get(p.parentKey) : undefined;
    return p ?? null;
  };
  const main = mainPartner(mentions, titleEnd, countryOf);
  const organisations = index.organisations(text);
  const language = document.language ?? (englishWords(text) ? 'en' : 'de');

  const drafts: Draft[] = [];
  let mi = 0;
  for (const [order, sentence] of sentences.entries()) {
    const end = sentence.at + sentence.text.length;
    while (mi < mentions.length && mentions[mi]!.at < sentence.at) mi++;
    const local: PlaceMention[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.at < end; j++) {
      const m = mentions[j]!;
      local.push({ ...m, at: m.at - sentence.at, end: m.end - sentence.at });
    }
    let dates: DateMention[] | null = null;
    const ctx = {
      text: sentence.text,
      previous: sentences[order - 1]?.text ?? '',
      partners: partnersIn(local, sentence.text, main, countryOf),
      objects: partnersIn(
        local.filter((m) => OBJECT.test(sentence.text.slice(Math.max(0, m.at - 30), m.at))),
        sentence.text,
        main,
        countryOf,
      ),
      dates: () =>
        (dates ??= MAY_HAVE_DATE.test(sentence.text) ? findDates(sentence.text, published, 0, language) : []),
      publishedOn,
      publishedYear: published ? published.getUTCFullYear() : null,
      inSaxony: local.some(
        (m) =>
          isOwnSide(m.place) &&
          /(?:in|im|nach)\s+(?:der\s+|die\s+)?$/.test(sentence.text.slice(Math.max(0, m.at - 12), m.at)),
      ),
      partnerLeader: LEADER.test(sentence.text) && local.some((m) => !isOwnSide(m.place)),
      foreignWithin: (from: number, to: number) => local.some((m) => !isOwnSide(m.place) && m.at >= from && m.at < to),
    };
    for (const proposal of proposalsOf(ctx)) {
      const partners = proposal.partners.length ? proposal.partners : main ? [main] : [];
      const chosen = proposal.eachPartner ? partners : partners.slice(0, 1);
      chosen.forEach((partner, i) => {
        drafts.push({
          ...proposal,
          partner,
          others: partners.filter((p) => p !== partner),
          fromMain: proposal.partners.length === 0,
          quote: sentence.text,
          quoteAt: sentence.at,
          order,
          inLead: sentence.at < titleEnd || sentence.paragraph <= leadParagraph(sentences),
          listed: i > 0 && proposal.type === 'activity',
          organiser: organiserOf(sentence.text, organisations, sentence.at, index),
          location: locationOf(local, sentence.text),
          people: peopleOf(sentence.text),
        });
      });
    }
  }
  return finishFacts(drafts, publishedOn, RENEWAL.test(`${document.title ?? ''} ${text.slice(0, titleEnd)}`));
}

/** Where it happened, as the sentence names it: the first place after "in" ("in Dresden", "im Freistaat"). */
function locationOf(mentions: PlaceMention[], text: string): ExtractedFact['location'] {
  const m = mentions.find((m) =>
    /\b(?:in|im|In|Im)\s+(?:der\s+|dem\s+|den\s+)?$/.test(text.slice(Math.max(0, m.at - 10), m.at)),
  );
  return m ? { iso: m.via === 'capital' ? null : m.place.iso, name: m.text } : null;
}

/** A text with more English than German articles is read as English (dates: "on 4 October 2021"). */
function englishWords(text: string): boolean {
  const sample = text.slice(0, 4000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  return count(/\b(the|and|of)\b/g) > count(/\b(der|die|das|und)\b/g);
}

/** Where the title ends: the document's title where the text starts with it, else the first line. */
function titleEndOf(text: string, title: string | undefined): number {
  const start = text.length - text.trimStart().length;
  if (title && text.startsWith(title.trim(), start)) return start + title.trim().length;
  const line = text.indexOf('\n', start);
  return line < 0 ? text.length : line;
}

/** The paragraph of the first body sentence long enough to be the lead (press releases open with it). */
function leadParagraph(sentences: { text: string; paragraph: number }[]): number {
  const lead = sentences.find((s) => s.text.length > 120 && /[.!?«»“”"]$/.test(s.text));
  return lead ? lead.paragraph : 0;
}

function organiserOf(
  text: string,
  organisations: ReturnType<NameIndex['organisations']>,
  at: number,
  index: NameIndex,
): ExtractedFact['organiser'] {
  const here = organisations.find((o) => o.at >= at && o.at < at + text.length && o.organisation.saxonMinistry);
  if (here) return { key: here.organisation.key, name: here.text };
  for (const [role, abbreviation] of ROLE_MINISTRY) {
    const m = role.exec(text);
    if (!m) continue;
    const org = index.organisationsByName.get(abbreviation);
    return { key: org?.key ?? null, name: org?.names[0] ?? m[0] };
  }
  return null;
}

function peopleOf(text: string): { name: string; role: string | null }[] {
  const people: { name: string; role: string | null }[] = [];
  for (const m of text.matchAll(PERSON)) {
    const name = m[3]!;
    if (!people.some((p) => p.name === name)) people.push({ name, role: `${m[1]}${m[2] ?? ''}`.trim() });
  }
  return people;
}
