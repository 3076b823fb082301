import { data } from 'react-router';
import { servicesContext } from '#app-context';
import { actorUserId } from '../../../core/access/actor.ts';
import type { CellIssue, ImportReport } from '../../../core/imports/check-activities.ts';
import { getImportRun } from '../../../db/imports/import-runs.queries.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { decideRun } from './activity-import.server.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t, type Language } from '../../../text/i18n.ts';
import { importHref } from './import-action.ts';
import { canRecordActivities } from '../../../core/access/activity.policy.ts';
import type { Route } from './+types/activity-import-run.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { formatEuro } from '../../../core/activities/money.ts';

export const handle = { policy: { loader: 'internal', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'runTitle')}: ${loaderData?.run.fileName ?? ''} – Brückenbauer` },
];

const FLAGS = ['importiert', 'verworfen'] as const;

/** The actor's own run; unknown, malformed and other users' runs all answer 404. */
async function ownRun(db: Parameters<typeof getImportRun>[0], userId: number | null, id: string) {
  const run = /^\d{1,9}$/.test(id) ? await getImportRun(db, Number(id)) : null;
  if (!run || run.userId !== userId) throw data(null, { status: 404 });
  return run;
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const { db } = context.get(servicesContext);
  const run = await ownRun(db, actorUserId(info.actor), params.id);
  const search = new URL(request.url).searchParams;
  const { userId: _u, ...shown } = run;
  return {
    lang: pickLanguage(request),
    csrfToken: info.csrfToken,
    run: { ...shown, createdAt: run.createdAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null },
    allowed: canRecordActivities(info.actor),
    flag: FLAGS.find((f) => search.has(f)) ?? null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const info = guard(context, request, 'internal');
  const services = context.get(servicesContext);
  const { db } = services;
  const run = await ownRun(db, actorUserId(info.actor), params.id);
  return decideRun(services, info.actor, run.id, request, pickLanguage(request));
}

const reasonOf = (issue: CellIssue, lang: Language) =>
  issue === 'tooManyCells' ? t(lang, 'impErr_tooManyCells') : t(lang, `aErr_${issue}`);

function ReadAs({ report, lang }: { report: ImportReport; lang: Language }) {
  if (report.format === 'xlsx') return <>{t(lang, 'runEncodingNone')}</>;
  const delimiter = report.delimiter === '\t' ? 'Tab' : report.delimiter;
  return (
    <>
      {t(lang, 'runEncodingCsv')}, {report.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8'},{' '}
      {t(lang, 'runDelimiter')} „{delimiter}“
    </>
  );
}

function BadRows({ report, lang }: { report: ImportReport; lang: Language }) {
  return (
    <ScrollTable
      lang={lang}
      caption={t(lang, 'runBadRowsCaption')}
      columns={['runRow', 'importColumn', 'runValue', 'runReason']}
    >
      {report.badRows.flatMap((r) =>
        r.problems.map((p, i) => (
          <tr key={`${r.row}-${i}`} className="kern-table__row">
            <th scope="row" className="kern-table__header">
              {r.row}
            </th>
            <td className="kern-table__cell">{p.column}</td>
            <td className="kern-table__cell" lang="de">
              {p.value ? <code>{p.value}</code> : t(lang, 'none')}
            </td>
            <td className="kern-table__cell">{reasonOf(p.issue, lang)}</td>
          </tr>
        )),
      )}
    </ScrollTable>
  );
}

/** The amounts read from another form than "12.500,50", each with the reading taken, so people can check it. */
function AmountReadings({ report, lang }: { report: ImportReport; lang: Language }) {
  const readings = report.amountReadings ?? [];
  if (!readings.length) return null;
  return (
    <section className="section" aria-labelledby="amount-readings">
      <h2 id="amount-readings" className="kern-heading-large">
        {t(lang, 'runAmountsHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'runAmountsText')}</p>
      <ul className="kern-list" id="amount-reading-list">
        {readings.map((r) => (
          <li key={`${r.row}-${r.column}`}>
            {t(lang, 'runRow')} {r.row}, {r.column}: „<span lang="de">{r.written}</span>“ {t(lang, 'runReadAs')}{' '}
            {formatEuro(r.cents, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Decision({ lang, csrfToken, report }: { lang: Language; csrfToken: string; report: ImportReport }) {
  const bad = report.badRows.length;
  const valid = report.validRows.length;
  const usable = report.headerIssues.length === 0;
  return (
    <section className="section" aria-labelledby="decision">
      <h2 id="decision" className="kern-heading-large">
        {t(lang, 'runDecisionHeading')}
      </h2>
      <form method="post" className="stack">
        <input type="hidden" name="csrf" value={csrfToken} />
        {usable && bad === 0 && valid > 0 ? (
          <p>
            <button type="submit" name="intent" value="all" className="kern-btn kern-btn--primary">
              <span className="kern-label">
                {t(lang, 'runImportAll')} ({valid})
              </span>
            </button>
          </p>
        ) : null}
        {usable && bad > 0 && valid > 0 ? (
          <>
            <p className="kern-hint" id="import-valid-hint">
              {t(lang, 'runImportValidHint')}
            </p>
            <p>
              <button
                type="submit"
                name="intent"
                value="valid"
                className="kern-btn kern-btn--primary"
                aria-describedby="import-valid-hint"
              >
                <span className="kern-label">
                  {t(lang, 'runImportValid')} ({valid})
                </span>
              </button>
            </p>
          </>
        ) : null}
        <p>
          <button type="submit" name="intent" value="discard" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t(lang, 'runDiscard')}</span>
          </button>
        </p>
      </form>
    </section>
  );
}

/** The dry run of an uploaded file: every bad row with column and reason, and the decision on it. */
export default function ActivityImportRun({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, run, allowed } = loaderData;
  const report = run.report;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={importHref(lang)}>{t(lang, 'runNewUpload')}</BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'runTitle')}</h1>
      <FormErrorSummary lang={lang} message={actionData?.error} />
      {run.status === 'imported' ? (
        <SuccessNotice>
          {run.importedCount ? `${t(lang, 'runImported')} ${run.importedCount}` : t(lang, 'runImportedNone')}
          {run.skippedRows?.length ? `. ${t(lang, 'runSkipped')} ${run.skippedRows.join(', ')}` : ''}
        </SuccessNotice>
      ) : null}
      {run.status === 'discarded' ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t(lang, 'runDiscarded')}</p>
          </div>
        </div>
      ) : null}
      <dl className="facts kern-body section-tight">
        <dt>{t(lang, 'runFile')}</dt>
        <dd lang="de">{run.fileName}</dd>
        <dt>{t(lang, 'runRead')}</dt>
        <dd>
          <ReadAs report={report} lang={lang} />
        </dd>
        <dt>{t(lang, 'runRows')}</dt>
        <dd id="run-counts">
          {report.rowCount} – {report.validRows.length} {t(lang, 'runValid')}, {report.badRows.length}{' '}
          {t(lang, 'runBad')}
        </dd>
      </dl>
      <FormErrorSummary
        lang={lang}
        heading="runHeaderIssues"
        items={report.headerIssues.map((h) => ({
          key: `${h.issue}-${h.column}`,
          text: `„${h.column}“: ${t(lang, `impErr_${h.issue}`)}`,
        }))}
      />
      {report.badRows.length ? (
        <section className="section" aria-labelledby="bad-rows">
          <h2 id="bad-rows" className="kern-heading-large">
            {t(lang, 'runBadRowsHeading')}
          </h2>
          <BadRows report={report} lang={lang} />
        </section>
      ) : report.headerIssues.length === 0 ? (
        <p className="kern-body">{t(lang, 'runAllValid')}</p>
      ) : null}
      <AmountReadings report={report} lang={lang} />
      {run.status === 'checked' && allowed ? <Decision lang={lang} csrfToken={csrfToken} report={report} /> : null}
    </main>
  );
}
