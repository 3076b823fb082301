import { servicesContext } from '#app-context';
import { canManageRounds } from '../../../core/access/round.policy.ts';
import { listRounds } from '../../../db/rounds/rounds.queries.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { label, pickLanguage, t } from '../../../text/i18n.ts';
import { formatDay, formatPeriod } from './round-format.ts';
import { newRoundHref, roundHref } from './round-links.ts';
import type { Route } from './+types/rounds.ts';

export const handle = { policy: { loader: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'rndListTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const { db } = context.get(servicesContext);
  return {
    lang: pickLanguage(request),
    rounds: await listRounds(db, info.actor),
    mayManage: canManageRounds(info.actor),
  };
}

const COLUMNS = [
  'rndName',
  'rndOccasion',
  'rndPhase',
  'rndPeriod',
  'rndScoringDeadline',
  'rndPartnershipCount',
] as const;

/** The evaluation rounds, newest first; coordinators open new ones here. */
export default function Rounds({ loaderData }: Route.ComponentProps) {
  const { lang, rounds, mayManage } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'rndListTitle')}</h1>
      <p className="kern-body form-intro">{t(lang, 'rndListIntro')}</p>
      {mayManage ? (
        <p className="page-actions">
          <a className="kern-btn kern-btn--primary" href={newRoundHref(lang)}>
            <span className="kern-label">{t(lang, 'rndOpen')}</span>
          </a>
        </p>
      ) : null}
      {rounds.length ? (
        <ScrollTable lang={lang} caption={t(lang, 'rndListTitle')} columns={COLUMNS}>
          {rounds.map((r) => (
            <tr key={r.key} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                <a className="kern-link" href={roundHref(r.key, lang)}>
                  {r.name}
                </a>
                {r.assessing ? (
                  <>
                    {' '}
                    <span className="kern-badge kern-badge--info">
                      <span className="kern-label kern-label--small">{t(lang, 'rndYouScore')}</span>
                    </span>
                  </>
                ) : null}
              </th>
              <td className="kern-table__cell">{label(lang, 'roundOccasion', r.occasion)}</td>
              <td className="kern-table__cell">{label(lang, 'roundStatus', r.status)}</td>
              <td className="kern-table__cell">{formatPeriod(r.periodFrom, r.periodTo, lang)}</td>
              <td className="kern-table__cell">{formatDay(r.scoringDeadline, lang)}</td>
              <td className="kern-table__cell numeric">{r.partnerships}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : (
        <p className="kern-body">{t(lang, 'rndNone')}</p>
      )}
    </main>
  );
}
