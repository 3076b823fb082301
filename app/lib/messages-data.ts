/** The texts of data in and out (downloads, import of activities, calendar subscriptions) in both languages. */
export const dataMessages = {
  de: {
    downloadLabel: 'Herunterladen:',
    downloadExcel: 'Excel (CSV)',
    downloadCsv: 'CSV (offene Daten)',
    downloadXlsx: 'XLSX',
    downloadJson: 'JSON',
    exportNumber: 'Nr.',
    exportKey: 'Schlüssel',
    exportSince: 'seit',
    exportCountries: 'Länder (ISO 3166-1)',
    exportAddress: 'Adresse',
  },
  en: {
    downloadLabel: 'Download:',
    downloadExcel: 'Excel (CSV)',
    downloadCsv: 'CSV (open data)',
    downloadXlsx: 'XLSX',
    downloadJson: 'JSON',
    exportNumber: 'No.',
    exportKey: 'Key',
    exportSince: 'since',
    exportCountries: 'Countries (ISO 3166-1)',
    exportAddress: 'Address',
  },
} as const;
