import type { ActivityKind } from '../../shared/vocabulary.ts';

/**
 * The words of German (and English) government press language that signal each kind of fact.
 * A sentence proposes a fact when it has the kind's cue and, where given, its verb: "eine
 * Absichtserklärung ... unterzeichnet", "die 32. Sitzung der ... Arbeitsgruppe ... fand statt".
 */
export const AGREEMENT_NOUN =
  /(Absichtserklärung|Gemeinsamen? Erklärung|gemeinsame[n]? Erklärung|Partnerschaftserklärung|Erklärung|Memorandum of Understanding|Memorandum|MoU|Letter of Intent|Kooperationsvereinbarung|Rahmenvereinbarung|Partnerschaftsvereinbarung|Vereinbarung|Abkommen|Partnerschaftsvertrag|Vertrag|Protokoll|Charta|agreement|declaration)/i;
/** An agreement that founds the partnership: "Absichtserklärung … zur Errichtung einer Regionalpartnerschaft". */
export const FOUNDING =
  /(Errichtung|Begründung|Gründung|Aufnahme|Beginn)\s+(?:einer|der|ihrer)\s+(?:\p{L}+\s+)?(?:Regional|Länder)?[Pp]artnerschaft/u;
export const SIGN_VERB =
  /(unterzeichne\w*|Unterzeichnung|unterschrieben|unterschreiben|signed|signing|besiegel\w*|paraphiert)/i;
export const RENEWAL =
  /(erneuer\w*|Erneuerung|verlänger\w*|Verlängerung|fortgeschrieben|fortzuschreiben|renew\w*|extend\w*)/i;

/** The agreement kind of the register for the noun a text uses. */
export function agreementKindOf(noun: string): string {
  const n = noun.toLowerCase();
  if (n.includes('absicht') || n.includes('letter of intent')) return 'declaration_of_intent';
  if (n.includes('memorandum') || n === 'mou') return 'memorandum_of_understanding';
  if (n.includes('erklärung') || n.includes('declaration')) return 'joint_declaration';
  return 'partnership_agreement';
}

export const PARTNERSHIP_NOUN =
  /(Regionalpartnerschaft|Partnerschaft|Zusammenarbeit|Kooperation|Beziehungen|partnership|cooperation)/i;
export const ESTABLISH_VERB =
  /(vereinbart|begründet|gegründet|geschlossen|besiegelt|aufgenommen|ins Leben gerufen|eingegangen|established|Start)/i;
/** "seit 2006 bestehende Kooperation", "Partnerschaft besteht seit 1992", "Seit 2008 haben wir viele gemeinsame Projekte". */
export const SINCE_YEAR = /\b[Ss]eit (?:dem Jahre? )?((?:19|20)\d{2})\b/;
export const SINCE_CONTEXT =
  /(Partnerschaft|Kooperation|Zusammenarbeit|partnerschaftlich|Partnerregion|verbunden|gemeinsame Projekte|Beziehungen|bestehende|arbeiten .*zusammen)/i;
const NUMBER_WORDS: Record<string, number> = {
  fünf: 5, zehn: 10, fünfzehn: 15, zwanzig: 20, fünfundzwanzig: 25, dreißig: 30, vierzig: 40, fünfzig: 50,
}; // prettier-ignore
/** "10 Jahre Partnerschaft", "das 15. Jubiläum der Regionalpartnerschaft", "15-jährige Bestehen der Partnerschaft". */
export const ANNIVERSARY =
  /(\d{1,2}|fünf|zehn|fünfzehn|zwanzig|fünfundzwanzig|dreißig|vierzig|fünfzig)(?:\.\s+Jubiläum|\s*-?\s*jährige[ns]?(?:\s+(?:Bestehen|Jubiläum))?|\s+Jahren?)\s+(?:\p{L}+\s+){0,3}?(?:Regional|Länder)?[Pp]artnerschaft/u;
/** "Partnerschaft ... vor 15 Jahren", "vor 15 Jahren ... Partnerschaft". */
export const YEARS_AGO = /vor (\d{1,2}|fünf|zehn|fünfzehn|zwanzig|fünfundzwanzig|dreißig) Jahren/i;
export const numberOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

export const STATUS_CUES: { status: 'suspended' | 'active' | 'ended'; cue: RegExp }[] = [
  {
    status: 'active',
    cue: /(wieder ?aufgenommen|wiederaufzunehmen|Wiederaufnahme|wiederbelebt|reaktiviert|Neustart|resumed)/i,
  },
  {
    status: 'suspended',
    cue: /(ausgesetzt|auszusetzen|Aussetzung|auf Eis gelegt|eingefroren|ruhen lassen|ruht|ruhen|suspendiert|suspended)/i,
  },
  {
    status: 'ended',
    cue: /(beendet|zu beenden|aufgekündigt|gekündigt|Beendigung|abgebrochen|eingestellt|terminated|ended)/i,
  },
];

export const OFFICE_NOUN =
  /(Verbindungsbüro|Regionalbüro|Kontaktbüro|Wirtschaftsbüro|Repräsentanz|Vertretung|Büro|liaison office|office)/i;
/** Who signed: a government (its heads, ministries) or institutions (universities, agencies, chambers). */
export const GOVERNMENT =
  /(Ministerpräsident|Minister|Staatssekretär|Staatskanzlei|Staatsregierung|Regierung|Gouverneur|Marschall|Landeshauptmann|Landesdirektion|Hauptmann|Regionspräsident|Präsident der (?:Region|Provinz|Woiwodschaft)|Freistaat)/;
export const INSTITUTION =
  /(Universität|Hochschule|Institut|GmbH|kammer|Unternehmen|verband|Stiftung|Museum|schule|Klinikum|agentur|Wirtschaftsförderung)/i;

/** An office the sentence is about, not one it names as where something else happened ("eine Ausstellung im Verbindungsbüro"). */
export function officeNamed(text: string): boolean {
  for (const m of text.matchAll(new RegExp(OFFICE_NOUN.source, 'gi'))) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!/\b(?:im|beim|vom|aus dem|in dem|in der|in unserem|in seinem|in ihrem)\s+(?:\p{L}+\s+){0,2}$/u.test(before))
      return true;
  }
  return false;
}

export const OFFICE_VERB =
  /(eröffne\w*|Eröffnung|einzurichten|eingerichtet|Einrichtung|entsteht|Schlüssel|eingeweiht|bezogen|opened|opens)/i;

export const MEETING_GROUP =
  /(Arbeitsgruppe|Arbeitsuntergruppe|Arbeitsausschuss|Gemischten? Kommission|Regierungskommission|Lenkungsausschuss|Lenkungsgruppe|Koordinierungsgruppe|working group)/i;
export const MEETING_VERB =
  /(Sitzung|tagte|tagten|traf\w* sich|getroffen|zusammengekommen|zusammen|Treffen|Beratung|statt|meeting|met\b)/i;
/** Habits and plans are not events: "Seitdem treffen sich regelmäßig ...", "die Einrichtung einer Arbeitsgruppe". */
export const HABIT = /(regelmäßig|jährlich|jeweils|Einrichtung|einzurichten|gründen|soll|sollen|künftig)/i;

export const INBOUND =
  /(Delegation aus|Besuch aus|Gäste aus|zu Gast|empf(?:ä|a)ng\w*|begrüß\w* (?:die|eine|den) (?:Delegation|Gäste|Gast)|besucht\w* (?:Sachsen|den Freistaat|Dresden|Leipzig|Chemnitz)|eingeladen hatte|auf Einladung (?:des|der|von) (?:sächsischen|Ministerpräsident|Staatsminister)|received)/i;
export const OUTBOUND =
  /(?<!\p{L})(reist\w*|gereist|Reise\b|Reisen\b|Auslandsreise|Delegationsreise|Arbeitsbesuch|Besuchs?\b|Besuche[ns]?\b|-Besuch\w*|Gegenbesuch|besucht\w*|Stationen der Reise|visit\w*|travel\w*)/iu;
/** Trip nouns strong enough to stand without a place in the sentence ("Unser Gegenbesuch ..."). */
export const TRIP_NOUN = /(Gegenbesuch|Auslandsreise|Delegationsreise|Reise\b)/i;
export const SAXON_ACTOR =
  /(Ministerpräsident|Staatsminister|Minister\b|Ministerin\b|Wirtschaftsminister|Staatssekretär|Landtagspräsident|Regierungschef|Chef der Staatskanzlei|sächsische|Sachsen|Freistaat|Delegation|seine[nmrs]?\b|ihre[nmrs]?\b|er\b|sie\b|ich\b|wir\b|[Uu]nser\w*)/;

/** Further kinds of activity: each a cue noun and the verbs that make it an event. */
export const ACTIVITY_CUES: { kind: ActivityKind; noun: RegExp; verb: RegExp }[] = [
  {
    kind: 'conference',
    noun: /(Konferenz|Kongress|Wissenschaftsplattform|Forum|Symposium|Gipfel|Tagung|Dialogforum|Dialogveranstaltung|Fachdialog|Fachtag|Round Table|conference|summit)/i,
    verb: /(teil\b|teilgenommen|teilnehm\w*|Teilnahme|veranstalte\w*|statt|eröffne\w*|zusammen|ausgerichtet|richtete\w*|trafen|attended|held)/i,
  },
  {
    kind: 'fair',
    noun: /(Messe\b|Fachmesse|Gemeinschaftsstand|Sachsenstand|Ländergemeinschaftsstand|Messestand|trade fair)/i,
    verb: /(präsentier\w*|Aussteller|teil\b|teilgenommen|Stand\b|besucht\w*|eröffne\w*|vertreten)/i,
  },
  {
    kind: 'aid_delivery',
    noun: /(Hilfsgüter\w*|Hilfslieferung\w*|Hilfstransport\w*|Hilfskonvoi|Stromgeneratoren|Generatoren|Hilfspaket\w*|humanitäre Hilfe|Spenden)/i,
    verb: /(?<!\p{L})(übergeben|übergab\w*|geliefert|Lieferung|gespendet|gebracht|auf den Weg|erreicht\w*|verschickt|überreicht\w*|delivered)/iu,
  },
  {
    kind: 'training',
    noun: /(Schulung\w*|Fortbildung\w*|Weiterbildung\w*|Hospitation\w*|Lehrgang|Trainings?\b|Workshop)/i,
    verb: /(teil\b|teilgenommen|absolvier\w*|geschult|statt|besucht\w*|durchgeführt)/i,
  },
  {
    kind: 'exchange',
    noun: /(Schüleraustausch|Jugendaustausch|Fachkräfteaustausch|Austauschprogramm|Expertenaustausch|Studentenaustausch)/i,
    verb: /(statt|teil\b|teilgenommen|besucht\w*|zu Gast|waren)/i,
  },
];

/** Role words that name a Saxon ministry as the organiser, by the ministry's abbreviation. */
export const ROLE_MINISTRY: [RegExp, string][] = [
  [/Ministerpräsident|Chef der Staatskanzlei|Staatskanzlei|Regierungschef/, 'SK'],
  [/Wirtschaftsminister|Staatsminister\w* für Wirtschaft/, 'SMWA'],
  [/Wissenschaftsminister|Kulturminister|Staatsminister\w* für Wissenschaft/, 'SMWK'],
  [/Kultusminister/, 'SMK'],
  [/Innenminister|Staatsminister\w* des Innern/, 'SMI'],
  [/Finanzminister|Staatsminister\w* der Finanzen/, 'SMF'],
  [/Justizminister|Staatsminister\w* der Justiz/, 'SMJus'],
  [/Sozialminister|Gesundheitsminister|Staatsminister\w* für Soziales/, 'SMS'],
  [/Umweltminister|Landwirtschaftsminister|Staatsminister\w* für Umwelt/, 'SMUL'],
  [/Infrastrukturminister|Regionalentwicklung|Staatsminister\w* für Infrastruktur/, 'SMIL'],
  [/Landesdirektion/, 'LDS'],
];

/** A role and the name after it: "Ministerpräsident Michael Kretschmer", "Gouverneur der Provinz Hubei, Wang Guosheng". */
export const PERSON =
  /(Ministerpräsident(?:in)?|Staatsminister(?:in)?|Minister(?:in)?|Wirtschaftsminister(?:in)?|Staatssekretär(?:in)?|Gouverneur(?:in)?|Präsident(?:in)?|Marschall|Landeshauptmann|Regionspräsident(?:in)?|Hauptmann|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Botschafter(?:in)?|Generalkonsul(?:in)?)((?:\s+(?:der|des|von|für)\s+[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)?)[,\s]+(?:Mag\.\s+|Dr\.\s+|Prof\.\s+)*([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+[\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?)/gu;
