import { data, redirect } from 'react-router';
import { canAddSources } from '../../../core/access/source.policy.ts';
import { prepareSource } from '../../../core/sources/prepare-source.ts';
import { libraryKinds } from '../../../core/sources/source-kinds.ts';
import { visibilities } from '../../../core/shared/vocabulary.ts';
import { storeSource } from '../../../db/sources/source-seams.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { FileField, InputField, SelectField } from '../../components/form-fields.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { label, t, type MessageKey } from '../../../text/i18n.ts';
import { attemptSource, SOURCE_FIELDS, sourceFormValues, type SourceFormErrors } from './source-form.ts';
import { sourceHref, sourcesHref } from './source-links.ts';
import type { Route } from './+types/source-new.ts';
import { BackLink } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'internal', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'newSourceTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, lang } = guardedPage(context, request, 'internal');
  return { lang, csrfToken: info.csrfToken, mayAdd: canAddSources(info.actor) };
}

/** The form is a multipart post (a file, or pasted text), read whole within its own limit (server/upload-pages.ts). */
export async function action({ context, request }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const form = await request.formData();
  const values = sourceFormValues(form);
  const file = form.get('file');
  const upload =
    file instanceof File && (file.size > 0 || file.name)
      ? { fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) }
      : null;
  const { text, ...input } = values;
  const outcome = await attemptSource(async () => {
    const source = await prepareSource({ upload, text, input }, clock.today());
    return storeSource(db, info.actor, clock.now(), source);
  }, lang);
  if (!outcome.ok) return data({ values, errors: outcome.errors }, { status: 400 });
  const added = outcome.result;
  throw redirect(sourceHref(added.key, lang, added.status === 'added' ? 'hinzugefuegt' : 'vorhanden'));
}

const LABELS = {
  file: 'sourceFileField',
  text: 'sourcePasteField',
  title: 'sourceTitleField',
  publisher: 'sourcePublisherField',
  publishedOn: 'sourcePublishedField',
  kind: 'sourceKindField',
  url: 'sourceUrlField',
  language: 'sourceLanguageField',
  visibility: 'sourceVisibilityField',
} as const satisfies Record<(typeof SOURCE_FIELDS)[number], MessageKey>;

/** Adding a document to the library: upload a file or paste its text, with its metadata; works without JavaScript. */
export default function SourceNew({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, mayAdd } = loaderData;
  const errors: SourceFormErrors = actionData?.errors ?? {};
  const v = actionData?.values;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={sourcesHref(lang)}>{t(lang, 'backToSources')}</BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'newSourceTitle')}</h1>
      {mayAdd ? null : <p className="kern-body">{t(lang, 'sourceMayNotAdd')}</p>}
      <p className="kern-body form-intro">{t(lang, 'newSourceIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="source-errors"
        idPrefix="source"
        heading="sourceErrorSummary"
        errors={errors}
        labels={LABELS}
        fields={SOURCE_FIELDS}
      />
      <form
        method="post"
        encType="multipart/form-data"
        className="form-stack form-stack--wide"
        noValidate
        hidden={!mayAdd}
      >
        <input type="hidden" name="csrf" value={csrfToken} />
        <FileField
          name="file"
          idPrefix="source"
          label={t(lang, 'sourceFileField')}
          hint={t(lang, 'sourceFileHint')}
          error={errors.file}
          accept=".pdf,.docx,.html,.htm,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain"
        />
        <InputField
          name="text"
          idPrefix="source"
          multiline
          label={t(lang, 'sourcePasteField')}
          defaultValue={v?.text}
          error={errors.text}
        />
        <InputField
          name="title"
          idPrefix="source"
          label={t(lang, 'sourceTitleField')}
          hint={t(lang, 'sourceTitleHint')}
          defaultValue={v?.title}
          error={errors.title}
        />
        <InputField
          name="publisher"
          idPrefix="source"
          label={t(lang, 'sourcePublisherField')}
          defaultValue={v?.publisher}
          error={errors.publisher}
        />
        <InputField
          name="publishedOn"
          idPrefix="source"
          label={t(lang, 'sourcePublishedField')}
          hint={t(lang, 'sourcePublishedHint')}
          defaultValue={v?.publishedOn}
          error={errors.publishedOn}
        />
        <SelectField
          name="kind"
          idPrefix="source"
          label={t(lang, 'sourceKindField')}
          defaultValue={v?.kind || 'press_release'}
          error={errors.kind}
          options={libraryKinds.map((k) => ({ value: k, label: t(lang, `sourceKind_${k}` as MessageKey) }))}
        />
        <InputField
          name="url"
          idPrefix="source"
          label={t(lang, 'sourceUrlField')}
          defaultValue={v?.url}
          error={errors.url}
        />
        <InputField
          name="language"
          idPrefix="source"
          label={t(lang, 'sourceLanguageField')}
          hint={t(lang, 'sourceLanguageHint')}
          defaultValue={v?.language}
          error={errors.language}
        />
        <SelectField
          name="visibility"
          idPrefix="source"
          label={t(lang, 'sourceVisibilityField')}
          defaultValue={v?.visibility || 'public'}
          error={errors.visibility}
          options={visibilities.map((x) => ({ value: x, label: label(lang, 'visibility', x) }))}
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'sourceSubmit')}</span>
          </button>
        </div>
      </form>
    </main>
  );
}
