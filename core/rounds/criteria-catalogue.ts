import type { CriterionBasis, CriterionInput, ScaleAnchor } from './round.types.ts';

/** The scale every default criterion uses: 0 (worst) to 4 (best), 2 being the middle. */
export const DEFAULT_SCALE = { min: 0, max: 4 } as const;

const STRATEGY = 'strategie-2025';

const anchors = (de: readonly string[], en: readonly string[]): ScaleAnchor[] =>
  de.map((label, value) => ({ value, label, labelEn: en[value] ?? null }));

/** A criterion of the default catalogue with the passage of the strategy it rests on. */
export interface CatalogueCriterion extends CriterionInput {
  basis: CriterionBasis;
}

const goalBasis: CriterionBasis = {
  documentKey: STRATEGY,
  locator: 'II) Regionale und sektorale Partnerschaften, Absatz 2',
  quote:
    'Zukünftig wird die Staatsregierung Partnerschaften noch stärker an den Zielen der hier dargestellten Leitlinien ausrichten.',
};

/** The six goals of the strategy (titles as stored with the strategy, Z1…Z6). */
export interface GoalTitle {
  key: string;
  title: string;
  titleEn: string | null;
}

const goalAnchors = anchors(
  [
    'Kein Beitrag zu diesem Ziel erkennbar',
    'Geringer Beitrag: vereinzelte Aktivitäten mit Bezug zum Ziel',
    'Erkennbarer Beitrag: regelmäßige Aktivitäten mit Bezug zum Ziel',
    'Deutlicher Beitrag: mehrere Ressorts, sichtbare Ergebnisse',
    'Prägender Beitrag: das Ziel ist ein Kern der Partnerschaft',
  ],
  [
    'No contribution to this goal discernible',
    'Small contribution: occasional activities related to the goal',
    'Discernible contribution: regular activities related to the goal',
    'Clear contribution: several ministries, visible results',
    'Defining contribution: the goal is a core of the partnership',
  ],
);

/**
 * The default criteria of a Leitlinien-Check, derived from the strategy: the fit with each of its
 * six goals, the fit with the priority sectors it names for sectoral cooperation, the intensity and
 * reciprocity of the cooperation, the involvement of stakeholders, cost efficiency and the
 * political framework. Each has guidance and a described scale; coordinators adapt them per round.
 */
export function defaultCriteria(goals: readonly GoalTitle[]): CatalogueCriterion[] {
  const byGoal = goals.map((goal): CatalogueCriterion => ({
    key: `ziel-${goal.key.toLowerCase()}`,
    name: `Beitrag zum Ziel ${goal.key}: ${goal.title}`,
    nameEn: `Contribution to goal ${goal.key}: ${goal.titleEn ?? goal.title}`,
    guidance:
      'Wie stark hat die Partnerschaft im Bewertungszeitraum zu diesem Ziel der Leitlinien beigetragen? ' +
      'Maßgeblich sind die dem Ziel zugeordneten Aktivitäten, Vereinbarungen und ihre Ergebnisse.',
    guidanceEn:
      'How much did the partnership contribute to this goal of the strategy during the period under review? ' +
      'What counts are the activities, agreements and results assigned to the goal.',
    anchors: goalAnchors,
    goalKey: goal.key,
    basis: goalBasis,
  }));
  return [
    ...byGoal,
    {
      key: 'schwerpunktsektoren',
      name: 'Bezug zu den Schwerpunktsektoren',
      nameEn: 'Fit with the priority sectors',
      guidance:
        'Wie weit deckt die Zusammenarbeit die Sektoren ab, die die Leitlinien für sektorale Partnerschaften nennen ' +
        '(u. a. Mikroelektronik, Automotive, Verwaltungsdigitalisierung, Künstliche Intelligenz, Strukturwandel, ' +
        'Energie, Wasser, Ernährungssicherheit, Anpassung an den Klimawandel)? Ein hoher Wert spricht auch für eine ' +
        'sektorale Fortführung.',
      guidanceEn:
        'How far does the cooperation cover the sectors the strategy names for sectoral partnerships (among them ' +
        'microelectronics, automotive, digital administration, artificial intelligence, structural change, energy, ' +
        'water, food security, climate adaptation)? A high value also speaks for a sectoral continuation.',
      anchors: anchors(
        [
          'Kein Schwerpunktsektor berührt',
          'Ein Schwerpunktsektor am Rande',
          'Ein Schwerpunktsektor mit regelmäßiger Zusammenarbeit',
          'Mehrere Schwerpunktsektoren mit regelmäßiger Zusammenarbeit',
          'Schwerpunktsektoren prägen die Partnerschaft',
        ],
        [
          'No priority sector touched',
          'One priority sector, marginally',
          'One priority sector with regular cooperation',
          'Several priority sectors with regular cooperation',
          'Priority sectors define the partnership',
        ],
      ),
      goalKey: null,
      basis: {
        documentKey: STRATEGY,
        locator: 'II) Regionale und sektorale Partnerschaften, Absatz 2',
        quote:
          'Geeignete Sektoren für solche themenbezogenen Partnerschaften sind u. a. Mikroelektronik, Automotive, ' +
          'Verwaltungsdigitalisierung, Künstliche Intelligenz, Strukturwandel, Energie, Wasser, ' +
          'Ernährungssicherheit und Anpassung an den Klimawandel.',
      },
    },
    {
      key: 'intensitaet',
      name: 'Intensität und Gegenseitigkeit der Zusammenarbeit',
      nameEn: 'Intensity and reciprocity of the cooperation',
      guidance:
        'Wie eng, strukturiert und beiderseitig ist die Zusammenarbeit? Hinweise geben Sitzungen der Arbeitsgruppe, ' +
        'Besuche in beide Richtungen, gemeinsame Projekte und gültige Vereinbarungen.',
      guidanceEn:
        'How close, structured and mutual is the cooperation? Working-group meetings, visits in both directions, ' +
        'joint projects and valid agreements are indications.',
      anchors: anchors(
        [
          'Keine Zusammenarbeit im Bewertungszeitraum',
          'Sporadische Kontakte, überwiegend einseitig',
          'Regelmäßige Kontakte, Arbeitsgruppe tagt unregelmäßig',
          'Strukturierte Zusammenarbeit, Arbeitsgruppe tagt, Initiativen beider Seiten',
          'Enge, beiderseitig getragene Zusammenarbeit in vielen Feldern',
        ],
        [
          'No cooperation during the period under review',
          'Sporadic contacts, mostly one-sided',
          'Regular contacts, working group meets irregularly',
          'Structured cooperation, working group meets, initiatives from both sides',
          'Close cooperation in many fields, carried by both sides',
        ],
      ),
      goalKey: null,
      basis: {
        documentKey: STRATEGY,
        locator: 'II) Regionale und sektorale Partnerschaften, Absatz 1',
        quote:
          'Regionalpartnerschaften dienen dazu, mit bestimmten Regionen besonders eng, strukturiert und thematisch ' +
          'umfassend zu kooperieren. Sie werden in der Regel durch bilaterale Arbeitsgruppen koordiniert.',
      },
    },
    {
      key: 'akteure',
      name: 'Einbindung von Akteuren (Wirtschaft, Wissenschaft, Kultur, Kommunen)',
      nameEn: 'Involvement of stakeholders (business, science, culture, municipalities)',
      guidance:
        'Wie weit tragen Akteure außerhalb der Staatsregierung die Partnerschaft mit – Kammern, Unternehmen, ' +
        'Hochschulen, Kultureinrichtungen, Kommunen, Zivilgesellschaft?',
      guidanceEn:
        'How far do actors outside the government carry the partnership – chambers, companies, universities, ' +
        'cultural institutions, municipalities, civil society?',
      anchors: anchors(
        [
          'Keine Akteure außerhalb der Staatsregierung beteiligt',
          'Einzelne Akteure gelegentlich beteiligt',
          'Akteure aus einem Bereich regelmäßig beteiligt',
          'Akteure aus mehreren Bereichen regelmäßig beteiligt',
          'Akteure tragen die Partnerschaft eigenständig mit',
        ],
        [
          'No actors outside the government involved',
          'Some actors involved occasionally',
          'Actors from one field involved regularly',
          'Actors from several fields involved regularly',
          'Actors carry the partnership on their own initiative',
        ],
      ),
      goalKey: null,
      basis: {
        documentKey: STRATEGY,
        locator: 'II) Regionale und sektorale Partnerschaften, Absatz 3',
        quote:
          'Auf diese Weise sind die sächsischen Kommunen ein wichtiger Partner, den die Staatsregierung aktiv in die ' +
          'Verwirklichung der internationalen Zusammenarbeit einbindet.',
      },
    },
    {
      key: 'kosteneffizienz',
      name: 'Kosteneffizienz',
      nameEn: 'Cost efficiency',
      guidance:
        'Steht der Aufwand (Haushaltsmittel, Personal, Reisen) in einem angemessenen Verhältnis zum Ertrag für ' +
        'den Freistaat? Die Leitlinien stehen unter Haushaltsvorbehalt.',
      guidanceEn:
        'Is the effort (budget, staff, travel) in reasonable proportion to the return for the Free State? ' +
        'The strategy is subject to the budget.',
      anchors: anchors(
        [
          'Aufwand ohne erkennbaren Ertrag',
          'Ertrag deutlich unter dem Aufwand',
          'Aufwand und Ertrag halten sich die Waage',
          'Ertrag übersteigt den Aufwand',
          'Hoher Ertrag bei geringem Aufwand',
        ],
        [
          'Effort without discernible return',
          'Return clearly below the effort',
          'Effort and return balance each other',
          'Return exceeds the effort',
          'High return for little effort',
        ],
      ),
      goalKey: null,
      basis: {
        documentKey: STRATEGY,
        locator: 'Evaluierung und Haushaltsvorbehalt, Absatz 2',
        quote:
          'Soweit Ziele und Maßnahmen vorgesehen sind, die Mittel aus dem Landeshaushalt erfordern, stehen diese ' +
          'Maßnahmen ausdrücklich unter dem Vorbehalt des Haushaltsgesetzgebers.',
      },
    },
    {
      key: 'politischer-rahmen',
      name: 'Politische Rahmenbedingungen',
      nameEn: 'Political framework',
      guidance:
        'Lassen die politischen Rahmenbedingungen im Partnerland die Zusammenarbeit zu und stützen sie sie – ' +
        'Rechtsstaatlichkeit, Haltung zum Völkerrecht, Interesse der Partnerseite, Abstimmung mit Bund und EU?',
      guidanceEn:
        'Does the political framework in the partner country allow and support the cooperation – rule of law, ' +
        "stance on international law, the partner side's interest, alignment with the federal government and the EU?",
      anchors: anchors(
        [
          'Zusammenarbeit derzeit ausgeschlossen',
          'Erhebliche Vorbehalte, nur eingeschränkte Zusammenarbeit vertretbar',
          'Vorbehalte in einzelnen Feldern',
          'Günstige Rahmenbedingungen',
          'Sehr günstige Rahmenbedingungen, enge Wertepartnerschaft',
        ],
        [
          'Cooperation currently ruled out',
          'Serious reservations, only limited cooperation justifiable',
          'Reservations in some fields',
          'Favourable framework',
          'Very favourable framework, close partnership of values',
        ],
      ),
      goalKey: null,
      basis: {
        documentKey: STRATEGY,
        locator: 'II) Regionale und sektorale Partnerschaften, Maßnahmen',
        quote:
          'Prüfung einer möglichen Reaktivierung der Partnerschaften mit russischen Regionen, sobald es die ' +
          'Rahmenbedingungen zulassen',
      },
    },
  ];
}
