import { servicesContext } from '#app-context';
import { actorUserId } from '../../../core/access/actor.ts';
import { canReviewProposals } from '../../../core/access/proposal.policy.ts';
import { findProposals, type ProposalRow } from '../../../db/proposals/proposals.queries.ts';
import { ProposalTable } from './proposal-table.tsx';
import { proposalsHref } from '../../lib/agreement-links.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t, type MessageKey } from '../../../text/i18n.ts';
import type { Route } from './+types/proposals.ts';

export const handle = { policy: { loader: 'authenticated' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'proposalsTitle')} – Brückenbauer` },
];

/** How many reviewed proposals the coordinators' list shows (the newest). */
const REVIEWED_SHOWN = 50;

const item = ({ id, kind, title, status, createdAt, submittedBy, organisation }: ProposalRow) => ({
  id,
  kind,
  title,
  status,
  createdAt,
  submittedBy,
  organisation,
});

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'authenticated');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const userId = actorUserId(info.actor);
  const own = userId === null ? [] : await findProposals(db, { submittedByUserId: userId });
  const reviews = canReviewProposals(info.actor)
    ? {
        waiting: (await findProposals(db, { status: 'submitted' })).map(item),
        reviewed: [
          ...(await findProposals(db, { status: 'accepted' })),
          ...(await findProposals(db, { status: 'rejected' })),
        ]
          .sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? ''))
          .slice(0, REVIEWED_SHOWN)
          .map(item),
      }
    : null;
  return { lang, own: own.map(item), reviews };
}

function Listing(props: {
  lang: 'de' | 'en';
  id: string;
  heading: MessageKey;
  empty: MessageKey;
  proposals: ReturnType<typeof item>[];
  withSubmitter: boolean;
}) {
  const { lang, id, heading, empty, proposals, withSubmitter } = props;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="kern-heading-large">
        {t(lang, heading)}
      </h2>
      {proposals.length ? (
        <ProposalTable lang={lang} caption={t(lang, heading)} proposals={proposals} withSubmitter={withSubmitter} />
      ) : (
        <p className="kern-body">{t(lang, empty)}</p>
      )}
    </section>
  );
}

/** One's own proposals with their review state; for the coordinators also those waiting and those reviewed. */
export default function Proposals({ loaderData }: Route.ComponentProps) {
  const { lang, own, reviews } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'proposalsTitle')}</h1>
      <p className="kern-body">{t(lang, 'proposalsIntro')}</p>
      <p className="page-actions kern-body">
        <a className="kern-btn kern-btn--secondary" href={proposalsHref(lang, '/neu')}>
          <span className="kern-label">{t(lang, 'submitProposalLink')}</span>
        </a>
      </p>
      {reviews ? (
        <Listing
          lang={lang}
          id="waiting"
          heading="waitingProposalsHeading"
          empty="noWaitingProposals"
          proposals={reviews.waiting}
          withSubmitter
        />
      ) : null}
      <Listing
        lang={lang}
        id="own"
        heading="ownProposalsHeading"
        empty="noOwnProposals"
        proposals={own}
        withSubmitter={false}
      />
      {reviews ? (
        <Listing
          lang={lang}
          id="reviewed"
          heading="reviewedProposalsHeading"
          empty="noReviewedProposals"
          proposals={reviews.reviewed}
          withSubmitter
        />
      ) : null}
    </main>
  );
}
