import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { attachAgreementDocument } from '../../../core/agreements/agreement-use-cases.ts';
import { withAgreementStore } from '../../../db/agreements/agreement.store.ts';
import { attemptAgreement } from './agreement-form-action.ts';
import { agreementHref } from '../../lib/agreement-links.ts';
import { loadVisibleAgreement } from './agreement-loader.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import type { Route } from './+types/agreement-document.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { guardedPage } from '../../lib/guarded-page.ts';

export const handle = { policy: { loader: 'coordinator', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'documentTitle')} – Brückenbauer` },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'coordinator');
  const { db } = context.get(servicesContext);
  const agreement = await loadVisibleAgreement(db, info.actor, params.key);
  return { lang: pickLanguage(request), csrfToken: info.csrfToken, key: agreement.key, title: agreement.title };
}

/** The upload is a multipart post, read whole within its own limit (server/upload-pages.ts). */
export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const agreement = await loadVisibleAgreement(db, info.actor, params.key);
  const file = (await request.formData()).get('document');
  const upload =
    file instanceof File
      ? { fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) }
      : { fileName: '', content: new Uint8Array() };
  const outcome = await attemptAgreement(
    () =>
      withAgreementStore(db, info.actor, clock.now(), (store) =>
        attachAgreementDocument({ store, actor: info.actor, key: agreement.key, upload }),
      ),
    lang,
  );
  if (!outcome.ok) return data({ error: outcome.errors.document ?? t(lang, 'dErr_missing') }, { status: 400 });
  throw redirect(`${withFlag(agreementHref(agreement.key, lang), 'dokument')}#documents`);
}

/** Attaching the signed document to an agreement (coordinators): a PDF or DOCX, checked by its content. */
export default function AgreementDocument({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, key, title } = loaderData;
  const error = actionData?.error;
  return (
    <main id="main" className="kern-container page">
      <p className="kern-body">
        <a className="kern-link" href={agreementHref(key, lang)} lang="de">
          ← {title}
        </a>
      </p>
      <h1 className="kern-heading-x-large">{t(lang, 'documentTitle')}</h1>
      <p className="kern-body form-intro">{t(lang, 'documentIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="document-errors"
        idPrefix="document"
        heading="documentErrorSummary"
        errors={{ file: error }}
        labels={{ file: 'documentLabel' }}
      />
      <form method="post" encType="multipart/form-data" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="document-file">
            {t(lang, 'documentLabel')}
          </label>
          {error ? (
            <p className="kern-error" id="document-file-error" role="alert">
              {error}
            </p>
          ) : null}
          <input
            className="kern-form-input__input file-input"
            id="document-file"
            name="document"
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'document-file-error' : undefined}
          />
        </div>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'uploadDocument')}</span>
          </button>
        </div>
      </form>
    </main>
  );
}
