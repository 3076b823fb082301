import type { Language } from './i18n.ts';

/** The names of the closed vocabularies (status, kind, …) in both languages. */
const labels = {
  status: {
    de: { under_examination: 'in Prüfung', active: 'aktiv', dormant: 'ruhend', ended: 'beendet' },
    en: { under_examination: 'under examination', active: 'active', dormant: 'dormant', ended: 'ended' },
  },
  kind: {
    de: {
      cross_border: 'grenzüberschreitend',
      regional: 'Regionalpartnerschaft',
      sectoral: 'sektoral',
      liaison_office: 'Verbindungsbüro',
      representative_office: 'Büro',
      administrative_cooperation: 'Verwaltungskooperation',
    },
    en: {
      cross_border: 'cross-border',
      regional: 'regional partnership',
      sectoral: 'sectoral',
      liaison_office: 'liaison office',
      representative_office: 'office',
      administrative_cooperation: 'administrative cooperation',
    },
  },
  agreementKind: {
    de: {
      joint_declaration: 'Gemeinsame Erklärung',
      memorandum_of_understanding: 'Memorandum of Understanding',
      declaration_of_intent: 'Absichtserklärung',
      partnership_agreement: 'Partnerschaftsvereinbarung',
    },
    en: {
      joint_declaration: 'joint declaration',
      memorandum_of_understanding: 'memorandum of understanding',
      declaration_of_intent: 'declaration of intent',
      partnership_agreement: 'partnership agreement',
    },
  },
  commitment: {
    de: { sollen: 'sollen', koennten: 'könnten aus gegenwärtiger Sicht', werden: 'werden (laufend)' },
    en: { sollen: 'shall', koennten: 'could, from the present view', werden: 'being done' },
  },
  activityKind: {
    de: {
      delegation_trip: 'Delegationsreise',
      delegation_received: 'Empfang einer Delegation',
      fair: 'Messe',
      conference: 'Konferenz',
      project: 'Projekt',
      working_group_meeting: 'Sitzung einer Arbeitsgruppe',
      exchange: 'Austausch',
      aid_delivery: 'Hilfslieferung',
      signing: 'Unterzeichnung',
      training: 'Fortbildung',
    },
    en: {
      delegation_trip: 'delegation trip',
      delegation_received: 'delegation received',
      fair: 'fair',
      conference: 'conference',
      project: 'project',
      working_group_meeting: 'working group meeting',
      exchange: 'exchange',
      aid_delivery: 'aid delivery',
      signing: 'signing',
      training: 'training',
    },
  },
  activityStatus: {
    de: { planned: 'geplant', confirmed: 'bestätigt', done: 'durchgeführt', cancelled: 'abgesagt' },
    en: { planned: 'planned', confirmed: 'confirmed', done: 'done', cancelled: 'cancelled' },
  },
  validity: {
    de: {
      in_force: 'heute gültig',
      expired: 'abgelaufen',
      expires_within_period: 'läuft im angegebenen Zeitraum ab',
      open_ended: 'ohne Befristung',
    },
    en: {
      in_force: 'in force today',
      expired: 'expired',
      expires_within_period: 'expires within the stated period',
      open_ended: 'no fixed term',
    },
  },
  side: {
    de: { saxony: 'für den Freistaat Sachsen', partner: 'für die Partnerseite' },
    en: { saxony: 'for the Free State of Saxony', partner: 'for the partner' },
  },
  visibility: {
    de: { public: 'öffentlich', internal: 'intern', restricted: 'eingeschränkt' },
    en: { public: 'public', internal: 'internal', restricted: 'restricted' },
  },
  conflictStatus: {
    de: { open: 'offen', resolved: 'geklärt' },
    en: { open: 'open', resolved: 'resolved' },
  },
  claim: {
    de: {
      existence: 'Bestehen',
      since: 'Beginn',
      kind: 'Art',
      partner: 'Partner',
      sectors: 'Sektoren',
      status: 'Status',
      signedOn: 'Unterzeichnung',
      signatories: 'Unterzeichnende',
      term: 'Laufzeit',
      renewal: 'Erneuerung',
      workingGroup: 'Arbeitsgruppe',
      lead: 'Federführung',
      date: 'Datum',
      participants: 'Beteiligte',
      other: 'Weiteres',
    },
    en: {
      existence: 'existence',
      since: 'start',
      kind: 'kind',
      partner: 'partner',
      sectors: 'sectors',
      status: 'status',
      signedOn: 'signing',
      signatories: 'signatories',
      term: 'term',
      renewal: 'renewal',
      workingGroup: 'working group',
      lead: 'lead',
      date: 'date',
      participants: 'participants',
      other: 'other',
    },
  },
  proposalKind: {
    de: { new_activity: 'neue Aktivität', correction: 'Korrektur' },
    en: { new_activity: 'new activity', correction: 'correction' },
  },
  proposalStatus: {
    de: { submitted: 'eingereicht, wartet auf Prüfung', accepted: 'angenommen', rejected: 'abgelehnt' },
    en: { submitted: 'submitted, awaiting review', accepted: 'accepted', rejected: 'rejected' },
  },
  auditAction: {
    de: {
      'partnership.create': 'angelegt',
      'partnership.status.change': 'Status geändert',
      'activity.create': 'erfasst',
      'activity.update': 'bearbeitet',
      'activity.cancel': 'abgesagt',
      'activity.copy': 'als Kopie angelegt',
      'agreement.create': 'erfasst',
      'agreement.renew': 'als Erneuerung erfasst',
      'agreement.renewed': 'erneuert',
      'agreement.document.attach': 'Dokument angehängt',
      'proposal.submit': 'eingereicht',
      'proposal.accept': 'angenommen',
      'proposal.reject': 'abgelehnt',
      'measure.status.update': 'Status gemeldet',
      'measure.assign': 'Federführung und Ziele zugeordnet',
      'measure.milestone.add': 'Meilenstein hinzugefügt',
      'measure.milestone.reach': 'Meilenstein erreicht',
      'measure.milestone.remove': 'Meilenstein entfernt',
    },
    en: {
      'partnership.create': 'created',
      'partnership.status.change': 'status changed',
      'activity.create': 'recorded',
      'activity.update': 'edited',
      'activity.cancel': 'cancelled',
      'activity.copy': 'created as a copy',
      'agreement.create': 'recorded',
      'agreement.renew': 'recorded as a renewal',
      'agreement.renewed': 'renewed',
      'agreement.document.attach': 'document attached',
      'proposal.submit': 'submitted',
      'proposal.accept': 'accepted',
      'proposal.reject': 'rejected',
      'measure.status.update': 'status reported',
      'measure.assign': 'lead ministry and goals assigned',
      'measure.milestone.add': 'milestone added',
      'measure.milestone.reach': 'milestone reached',
      'measure.milestone.remove': 'milestone removed',
    },
  },
} as const;

/** The name of a vocabulary value; an unknown value is shown as it is. */
export function label<G extends keyof typeof labels>(
  lang: Language,
  group: G,
  value: keyof (typeof labels)[G]['de'],
): string {
  return (labels[group][lang] as Record<string, string>)[value as string] ?? String(value);
}

/** The name of a value from an open list (citation claims, audit actions); unknown values are shown as they are. */
export function labelOf(lang: Language, group: 'claim' | 'auditAction', value: string | null): string {
  if (value === null) return '–';
  return (labels[group][lang] as Record<string, string>)[value] ?? value;
}
