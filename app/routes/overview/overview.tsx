import { servicesContext } from '#app-context';
import { buildOverview } from '../../../core/overview/overview.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { readOverview } from '../../../db/overview/overview.queries.ts';
import {
  AttentionAgreements,
  AttentionMeasures,
  AttentionProposals,
  AttentionWorkingGroups,
} from './overview-attention.tsx';
import { OverviewCounts } from './overview-counts.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import type { Route } from './+types/overview.ts';

export const handle = { policy: { loader: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'overviewTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const { db, clock } = context.get(servicesContext);
  const day = clock.today();
  return {
    lang: pickLanguage(request),
    overview: buildOverview(await readOverview(db, info.actor, day), info.actor, day),
  };
}

/** What needs attention today, each item linked to its record, and the register's counts. */
export default function Overview({ loaderData }: Route.ComponentProps) {
  const { lang, overview } = loaderData;
  const { attention, counts } = overview;
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'overviewTitle')}</h1>
      <p className="kern-body">
        {t(lang, 'overviewIntro')} {formatPartialDate(overview.today, lang)}.
      </p>
      <section className="section" aria-labelledby="attention">
        <h2 id="attention" className="kern-heading-large">
          {t(lang, 'attentionHeading')}
        </h2>
        <AttentionAgreements lang={lang} list={attention.agreements} />
        <AttentionWorkingGroups lang={lang} list={attention.workingGroups} />
        <AttentionMeasures lang={lang} list={attention.staleMeasures} />
        {attention.proposals ? <AttentionProposals lang={lang} list={attention.proposals} /> : null}
      </section>
      <OverviewCounts lang={lang} counts={counts} />
    </main>
  );
}
