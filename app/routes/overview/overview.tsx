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
import { OverviewMinistry } from './overview-ministry.tsx';
import { overviewHref } from '../../lib/links.ts';
import { overviewFocusOf } from '../../../core/access/overview.policy.ts';
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
  const all = new URL(request.url).searchParams.get('alle') === '1';
  const focusId = overviewFocusOf(info.actor, all);
  return {
    lang: pickLanguage(request),
    overview: buildOverview(await readOverview(db, info.actor, day, focusId), info.actor, day),
    /** A ministry editor who chose the whole register may go back to their ministry's page. */
    ownPossible: focusId === null && overviewFocusOf(info.actor, false) !== null,
  };
}

/** What needs attention today, each item linked to its record, and the register's counts. */
export default function Overview({ loaderData }: Route.ComponentProps) {
  const { lang, overview, ownPossible } = loaderData;
  const { attention, counts, focus } = overview;
  const showAll = lang === 'en' ? '/uebersicht?alle=1&lang=en' : '/uebersicht?alle=1';
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">
        {focus ? (
          <>
            {t(lang, 'overviewOwnTitle')}: <span lang="de">{focus.abbreviation ?? focus.name}</span>
          </>
        ) : (
          t(lang, 'overviewTitle')
        )}
      </h1>
      <p className="kern-body">
        {focus ? <span lang="de">{focus.name}. </span> : null}
        {t(lang, focus ? 'overviewOwnIntro' : 'overviewIntro')} {formatPartialDate(overview.today, lang)}.
      </p>
      {focus || ownPossible ? (
        <p className="kern-body">
          <a className="kern-link" href={focus ? showAll : overviewHref(lang)}>
            {t(lang, focus ? 'overviewShowAll' : 'overviewShowOwn')}
          </a>
        </p>
      ) : null}
      {focus ? <OverviewMinistry lang={lang} focus={focus} /> : null}
      <section className="section" aria-labelledby="attention">
        <h2 id="attention" className="kern-heading-large">
          {t(lang, 'attentionHeading')}
        </h2>
        <AttentionAgreements lang={lang} list={attention.agreements} />
        <AttentionWorkingGroups lang={lang} list={attention.workingGroups} />
        <AttentionMeasures lang={lang} list={attention.staleMeasures} lead={focus?.key} />
        {attention.proposals ? <AttentionProposals lang={lang} list={attention.proposals} /> : null}
      </section>
      <OverviewCounts lang={lang} counts={counts} />
    </main>
  );
}
