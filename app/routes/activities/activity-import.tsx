import { servicesContext } from '#app-context';
import { COLUMN_HEADERS, IMPORT_FIELDS, REQUIRED_FIELDS } from '../../../core/imports/activity-columns.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t, type Language } from '../../../text/i18n.ts';
import { uploadForDryRun } from './activity-import.server.ts';
import { canRecordActivities } from '../../../core/access/activity.policy.ts';
import type { Route } from './+types/activity-import.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { BackLink } from '../../components/page-notices.tsx';
import { FileField } from '../../components/form-fields.tsx';

export const handle = { policy: { loader: 'internal', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'importTitle')} – Brückenbauer` },
];

export function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  return { lang: pickLanguage(request), csrfToken: info.csrfToken, allowed: canRecordActivities(info.actor) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const info = guard(context, request, 'internal');
  const services = context.get(servicesContext);
  return uploadForDryRun(services, info.actor, request, pickLanguage(request));
}

function Columns({ lang }: { lang: Language }) {
  return (
    <ScrollTable
      lang={lang}
      caption={t(lang, 'importColumnsCaption')}
      columns={['importColumn', 'importRequired', 'importContent']}
    >
      {IMPORT_FIELDS.map((field) => (
        <tr key={field} className="kern-table__row">
          <th scope="row" className="kern-table__header">
            {COLUMN_HEADERS[field].de}
            {lang === 'en' ? ` (${COLUMN_HEADERS[field].en})` : ''}
          </th>
          <td className="kern-table__cell">{t(lang, REQUIRED_FIELDS.includes(field) ? 'yes' : 'no')}</td>
          <td className="kern-table__cell">{t(lang, `colHint_${field}`)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

/** Uploading a file of activities for a dry run; the template and its columns. */
export default function ActivityImport({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, allowed } = loaderData;
  const error = actionData?.error;
  const suffix = lang === 'en' ? '&lang=en' : '';
  return (
    <main id="main" className="kern-container page">
      <BackLink href={lang === 'en' ? '/aktivitaeten?lang=en' : '/aktivitaeten'}>
        {t(lang, 'backToActivities')}
      </BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'importTitle')}</h1>
      {allowed ? (
        <>
          <p className="kern-body">{t(lang, 'importIntro')}</p>
          <FormErrorSummary
            lang={lang}
            id="import-errors"
            idPrefix="import"
            heading="importErrorSummary"
            errors={{ datei: error }}
            labels={{ datei: 'importFile' }}
          />
          <form method="post" encType="multipart/form-data" className="form-stack" noValidate>
            <input type="hidden" name="csrf" value={csrfToken} />
            <FileField
              name="datei"
              idPrefix="import"
              label={t(lang, 'importFile')}
              hint={t(lang, 'importFileHint')}
              error={error}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
            />
            <div>
              <button type="submit" className="kern-btn kern-btn--primary">
                <span className="kern-label">{t(lang, 'importCheck')}</span>
              </button>
            </div>
          </form>
          <section className="section" aria-labelledby="import-template">
            <h2 id="import-template" className="kern-heading-large">
              {t(lang, 'importTemplateHeading')}
            </h2>
            <p className="kern-body">
              {t(lang, 'importTemplateText')}{' '}
              <a className="kern-link" href={`/aktivitaeten/import/vorlage?format=excel${suffix}`} download>
                {t(lang, 'importTemplateExcel')}
              </a>{' '}
              ·{' '}
              <a className="kern-link" href={`/aktivitaeten/import/vorlage?format=xlsx${suffix}`} download>
                {t(lang, 'importTemplateXlsx')}
              </a>
            </p>
            <Columns lang={lang} />
          </section>
        </>
      ) : (
        <p className="kern-body">{t(lang, 'importNotAllowed')}</p>
      )}
    </main>
  );
}
