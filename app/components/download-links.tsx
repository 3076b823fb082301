import { Fragment } from 'react';
import type { ExportFormat } from '../../core/exports/format-names.ts';
import { t, type Language } from '../../text/i18n.ts';

const FORMATS: { format: ExportFormat; key: Parameters<typeof t>[1] }[] = [
  { format: 'excel', key: 'downloadExcel' },
  { format: 'csv', key: 'downloadCsv' },
  { format: 'xlsx', key: 'downloadXlsx' },
  { format: 'json', key: 'downloadJson' },
  { format: 'csv-raw', key: 'downloadCsvRaw' },
];

/**
 * "Herunterladen: Excel (CSV) · CSV (offene Daten) · XLSX · JSON · CSV für Programme (unverändert)"
 * – the list as shown, in each format.
 */
export function DownloadLinks({ lang, hrefs }: { lang: Language; hrefs: Record<ExportFormat, string> }) {
  return (
    <p className="kern-body download-links">
      <span id="download-label">{t(lang, 'downloadLabel')}</span>{' '}
      {FORMATS.map(({ format, key }, i) => (
        <Fragment key={format}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          <a className="kern-link" href={hrefs[format]} download aria-describedby="download-label">
            {t(lang, key)}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
