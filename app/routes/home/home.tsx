import { servicesContext } from '#app-context';
import { presentPartnership } from '../../../core/partnerships/partnership.presenter.ts';
import { countByStatus } from '../../../core/partnerships/status.ts';
import type { PartnershipStatus } from '../../../core/shared/vocabulary.ts';
import { presentStrategy } from '../../../core/strategy/strategy.presenter.ts';
import { findPartnerships } from '../../../db/partnerships/partnerships.queries.ts';
import { getStrategy } from '../../../db/strategy/strategy.queries.ts';
import { seesInternalRecords } from '../../../core/access/visibility.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { overviewHref } from '../../lib/links.ts';
import { label, pickLanguage, t } from '../../../text/i18n.ts';
import { PartnershipTable } from '../../components/partnership-table.tsx';
import { StrategyOverview } from './strategy-overview.tsx';
import type { Route } from './+types/home.ts';

export const meta: Route.MetaFunction = ({ loaderData }) => [
  {
    title:
      loaderData?.lang === 'en'
        ? 'Brückenbauer – International cooperation of Saxony'
        : 'Brückenbauer – Internationale Zusammenarbeit des Freistaates Sachsen',
  },
];

/** Most relevant first: what is active, what rests, what is being examined, what has ended. */
const DISPLAY_ORDER: PartnershipStatus[] = ['active', 'dormant', 'under_examination', 'ended'];

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db, clock } = context.get(servicesContext);
  const [strategy, partnerships] = await Promise.all([getStrategy(db), findPartnerships(db, { publicOnly: true })]);
  const day = clock.today();
  return {
    lang: pickLanguage(request),
    strategy: presentStrategy(strategy),
    partnerships: partnerships.map((p) => presentPartnership(p, day)),
    counts: countByStatus(partnerships),
    // Staff land here after logging in: the overview of what needs attention is one link away.
    overview: seesInternalRecords(info.actor) ? overviewHref(pickLanguage(request)) : null,
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { lang, strategy, partnerships, counts, overview } = loaderData;
  return (
    <>
      <main id="main" className="kern-container page">
        {overview ? (
          <p className="kern-body overview-link">
            <a className="kern-link" href={overview}>
              {t(lang, 'overviewLink')}
            </a>
          </p>
        ) : null}
        <h1 className="kern-heading-x-large">{t(lang, 'partnershipsHeading')}</h1>
        <p className="kern-body">{t(lang, 'partnershipsIntro')}</p>
        <ul className="counts" aria-label={t(lang, 'partnershipsHeading')}>
          {DISPLAY_ORDER.map((status) => (
            <li key={status}>
              <strong>{counts.byStatus[status]}</strong> {label(lang, 'status', status)}
            </li>
          ))}
        </ul>
        {DISPLAY_ORDER.filter((status) => counts.byStatus[status] > 0).map((status) => (
          <section key={status} className="section" aria-labelledby={`status-${status}`}>
            <h2 id={`status-${status}`} className="kern-heading-large">
              {label(lang, 'status', status)} ({counts.byStatus[status]})
            </h2>
            <PartnershipTable
              columns={['kind', 'places', 'since', 'agreements', 'sources']}
              lang={lang}
              caption={label(lang, 'status', status)}
              partnerships={partnerships.filter((p) => p.status === status)}
            />
          </section>
        ))}
        <StrategyOverview lang={lang} strategy={strategy} />
        <section className="section" aria-labelledby="api">
          <h2 id="api" className="kern-heading-large">
            {t(lang, 'apiHeading')}
          </h2>
          <p className="kern-body">
            {t(lang, 'apiText')}{' '}
            <a className="kern-link" href="/api/v1/partnerships">
              /api/v1/partnerships
            </a>
            ,{' '}
            <a className="kern-link" href="/api/v1/strategy">
              /api/v1/strategy
            </a>{' '}
            (OpenAPI 3.1:{' '}
            <a className="kern-link" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            )
          </p>
        </section>
      </main>
    </>
  );
}
