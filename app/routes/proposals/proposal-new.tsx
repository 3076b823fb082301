import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { submitProposal } from '../../../core/proposals/proposal-use-cases.ts';
import { withProposalStore } from '../../../db/proposals/proposal.store.ts';
import { ProposalForm } from './proposal-form.tsx';
import { proposalsHref } from '../../lib/agreement-links.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import { attemptProposal, formFields, PROPOSAL_FIELDS } from './proposal-form-action.ts';
import { proposalSubjects } from './proposal-subjects.ts';
import type { Route } from './+types/proposal-new.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'authenticated', action: 'authenticated' } } satisfies {
  policy: PagePolicy;
};

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'newProposalTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'authenticated');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const subjects = await proposalSubjects(db, info.actor, lang);
  const asked = new URL(request.url).searchParams.get('bezug') ?? '';
  const known = [...subjects.partnerships, ...subjects.agreements].some((s) => s.value === asked);
  return {
    lang,
    csrfToken: info.csrfToken,
    subjects,
    initial: { kind: '', title: '', body: '', subject: known ? asked : '' },
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'authenticated');
  const values = formFields(await request.formData(), PROPOSAL_FIELDS);
  const outcome = await attemptProposal(
    () =>
      withProposalStore(db, info.actor, clock.now(), (store) =>
        submitProposal({ store, actor: info.actor, input: values }),
      ),
    lang,
  );
  if (!outcome.ok) return data({ values, errors: outcome.errors }, { status: 400 });
  throw redirect(withFlag(proposalsHref(lang, `/${outcome.result.id}`), 'eingereicht'));
}

/** Submitting a proposal: a new activity for the register or a correction of an entry. */
export default function NewProposal({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, subjects, initial } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={proposalsHref(lang)}>{t(lang, 'backToProposals')}</BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'newProposalTitle')}</h1>
      <ProposalForm
        lang={lang}
        csrfToken={csrfToken}
        subjects={subjects}
        values={actionData?.values ?? initial}
        errors={actionData?.errors ?? {}}
      />
    </main>
  );
}
