/** The texts of the search (field in the header, search page) in both languages. */
export const searchMessages = {
  de: {
    searchRegion: 'Suche im Register',
    searchLabel: 'Suchbegriff',
    searchSubmit: 'Suchen',
    searchTitle: 'Suche',
    searchIntro:
      'Sucht in Partnerschaften, Vereinbarungen, Aktivitäten, Maßnahmen und Organisationen. Andere Wortformen und Schreibweisen werden mitgefunden: „Hochschulen“ findet „Hochschule“, „Universitaet“ findet „Universität“.',
    searchHelp:
      'Mehrere Wörter müssen alle vorkommen; ein Wort findet auch Zusammensetzungen, die mit ihm beginnen („Fachkräfte“ findet „Fachkräfteallianz“). Wörter in Anführungszeichen suchen genau diese Wortfolge, ODER verbindet Alternativen, ein Minus vor einem Wort schließt es aus.',
    searchStart: 'Geben Sie oben einen Suchbegriff ein.',
    searchNothingToFind:
      'Die Suche enthält nur sehr häufige Wörter wie „der“ oder „und“. Bitte geben Sie ein aussagekräftigeres Wort ein.',
    searchNoResults: 'Keine Treffer.',
    searchNoResultsHint:
      'Prüfen Sie die Schreibweise, verwenden Sie weniger oder allgemeinere Wörter, oder entfernen Sie Filter.',
    searchResultsHeading: 'Treffer',
    searchCapped:
      'Mehr als 1.000 Treffer einer Art: Gezeigt werden die am besten passenden unter den ersten 1.000 gefundenen. Grenzen Sie die Suche mit weiteren Wörtern oder mit den Filtern ein; dann erscheinen auch die Zahlen an den Filtern wieder.',
    searchErr_tooLong: 'Bitte höchstens 500 Zeichen eingeben.',
    searchErr_tooManyTerms: 'Bitte höchstens 32 Wörter oder Wortfolgen eingeben.',
    searchErr_nothingToFind: 'Bitte mindestens ein Wort angeben, das nicht mit einem Minus ausgeschlossen ist.',
    searchErrorSummary: 'Die Suche wurde nicht ausgeführt. Bitte prüfen Sie:',
    facetsHeading: 'Eingrenzen',
    facet_type: 'Art des Eintrags',
    facet_status: 'Status',
    facet_year: 'Jahr',
    facet_country: 'Land',
    facet_organiser: 'Ministerium (federführend oder veranstaltend)',
    selectionHeading: 'Ihre Auswahl',
    removeFacet: 'entfernen',
    removeAllFacets: 'Alle Filter entfernen',
    moreFacetValues: 'Weitere Werte',
    moreThan: 'mehr als',
    type_partnership: 'Partnerschaft',
    type_agreement: 'Vereinbarung',
    type_activity: 'Aktivität',
    type_measure: 'Maßnahme',
    type_organisation: 'Organisation',
    type_source: 'Quelle',
    measureStatus_not_started: 'nicht begonnen',
    measureStatus_planned: 'geplant',
    measureStatus_in_progress: 'in Umsetzung',
    measureStatus_ongoing: 'laufend',
    measureStatus_completed: 'abgeschlossen',
    measureStatus_discontinued: 'eingestellt',
    resultPagination: 'Seiten der Treffer',
  },
  en: {
    searchRegion: 'Search the register',
    searchLabel: 'Search terms',
    searchSubmit: 'Search',
    searchTitle: 'Search',
    searchIntro:
      'Searches partnerships, agreements, activities, measures and organisations. Other word forms and spellings are found as well: “Hochschulen” finds “Hochschule”, “Universitaet” finds “Universität”.',
    searchHelp:
      'Several words must all occur; a word also finds the compounds it begins (“Fachkräfte” finds “Fachkräfteallianz”). Words in quotation marks look for exactly that sequence, OR joins alternatives, a minus before a word excludes it.',
    searchStart: 'Enter a search term above.',
    searchNothingToFind:
      'The search holds only very common words such as “der” or “und”. Please enter a more specific word.',
    searchNoResults: 'No results.',
    searchNoResultsHint: 'Check the spelling, use fewer or more general words, or remove filters.',
    searchResultsHeading: 'Results',
    searchCapped:
      'More than 1,000 results of one kind: shown are the best matching among the first 1,000 found. Narrow the search with more words or with the filters; the filters then show their counts again.',
    searchErr_tooLong: 'Please enter at most 500 characters.',
    searchErr_tooManyTerms: 'Please enter at most 32 words or phrases.',
    searchErr_nothingToFind: 'Please enter at least one word that is not excluded with a minus.',
    searchErrorSummary: 'The search was not run. Please check:',
    facetsHeading: 'Narrow down',
    facet_type: 'Kind of record',
    facet_status: 'Status',
    facet_year: 'Year',
    facet_country: 'Country',
    facet_organiser: 'Ministry (lead or organiser)',
    selectionHeading: 'Your selection',
    removeFacet: 'remove',
    removeAllFacets: 'Remove all filters',
    moreFacetValues: 'More values',
    moreThan: 'more than',
    type_partnership: 'Partnership',
    type_agreement: 'Agreement',
    type_activity: 'Activity',
    type_measure: 'Measure',
    type_organisation: 'Organisation',
    type_source: 'Source',
    measureStatus_not_started: 'not started',
    measureStatus_planned: 'planned',
    measureStatus_in_progress: 'in progress',
    measureStatus_ongoing: 'ongoing',
    measureStatus_completed: 'completed',
    measureStatus_discontinued: 'discontinued',
    resultPagination: 'Pages of results',
  },
} as const;

/** "17 Treffer", "1 Treffer", "mehr als 1.000 Treffer" – counts with the German digit grouping. */
export function resultCountText(lang: 'de' | 'en', count: number, capped: boolean): string {
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE').format(capped ? 1000 : count);
  if (lang === 'en') return capped ? `more than ${n} results` : `${n} ${count === 1 ? 'result' : 'results'}`;
  return capped ? `mehr als ${n} Treffer` : `${n} Treffer`;
}
