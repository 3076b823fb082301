import { randomInt } from 'node:crypto';
import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { createRound } from '../../../core/rounds/round-use-cases.ts';
import { readMinistries } from '../../../db/rounds/round-coordination.queries.ts';
import { withRoundStore } from '../../../db/rounds/round.store.ts';
import {
  CheckboxList,
  RoundErrorSummary,
  SETTINGS_LABELS,
  SettingsFields,
  settingsValues,
  type SettingsValues,
} from './round-fields.tsx';
import { InputField } from '../../components/form-fields.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import { attemptRound, checked, text } from './round-form-action.ts';
import { roundHref, roundsHref } from './round-links.ts';
import type { Route } from './+types/round-new.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'coordinator', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'rndNewTitle')} – Brückenbauer` },
];

interface NewRoundValues extends SettingsValues {
  key: string;
  ministries: string[];
  includeCandidates: boolean;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'coordinator');
  const { db } = context.get(servicesContext);
  const ministries = await readMinistries(db);
  return {
    lang: pickLanguage(request),
    csrfToken: info.csrfToken,
    ministries: ministries.map((m) => ({ value: m.key, label: `${m.abbreviation ?? m.key} – ${m.name}` })),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const form = await request.formData();
  const values: NewRoundValues = {
    ...settingsValues(form),
    key: text(form, 'key'),
    ministries: checked(form, 'ministries'),
    includeCandidates: form.get('includeCandidates') === 'on',
  };
  const outcome = await attemptRound(
    () =>
      withRoundStore(db, clock.now(), (store) =>
        createRound({
          store,
          actor: info.actor,
          input: values,
          today: clock.today(),
          // The robustness analysis draws its weights from this seed, so its figures can be reproduced.
          seed: () => randomInt(0, 2 ** 32),
        }),
      ),
    lang,
  );
  if (!outcome.ok) return data({ values, errors: outcome.errors }, { status: 400 });
  throw redirect(withFlag(roundHref(outcome.result, lang), 'eroeffnet'));
}

const EMPTY: NewRoundValues = {
  key: '',
  name: '',
  occasion: '',
  periodFrom: '',
  periodTo: '',
  scoringDeadline: '',
  reportDeadline: '',
  ministries: [],
  includeCandidates: false,
};

/** Opening a round: key, name, occasion, period, deadlines, ministries; the scope starts as the default. */
export default function NewRound({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, ministries } = loaderData;
  const values = actionData?.values ?? EMPTY;
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <main id="main" className="kern-container page">
      <BackLink href={roundsHref(lang)}>{t(lang, 'rndBackToList')}</BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'rndNewTitle')}</h1>
      <p className="kern-body form-intro">{t(lang, 'rndNewIntro')}</p>
      <RoundErrorSummary lang={lang} id="round-errors" idPrefix="round" errors={errors} labels={SETTINGS_LABELS} />
      <form method="post" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <InputField
          name="key"
          idPrefix="round"
          label={t(lang, 'rndKey')}
          hint={t(lang, 'rndKeyHint')}
          error={errors.key}
          defaultValue={values.key}
          required
        />
        <SettingsFields lang={lang} idPrefix="round" values={values} errors={errors} />
        <CheckboxList
          name="ministries"
          idPrefix="round"
          legend={t(lang, 'rndMinistries')}
          options={ministries}
          checked={values.ministries}
          error={errors.ministries}
        />
        <fieldset
          className={`kern-fieldset${errors.partnerships ? ' kern-fieldset--error' : ''}`}
          id="round-partnerships"
          aria-describedby={`round-partnerships-hint${errors.partnerships ? ' round-partnerships-error' : ''}`}
        >
          <legend className="kern-label">{t(lang, 'rndScope')}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-hint" id="round-partnerships-hint">
              {t(lang, 'rndScopeDefault')}
            </div>
            {errors.partnerships ? (
              <p className="kern-error" id="round-partnerships-error" role="alert">
                {errors.partnerships}
              </p>
            ) : null}
            <div className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id="round-includeCandidates"
                name="includeCandidates"
                defaultChecked={values.includeCandidates}
              />
              <label className="kern-label" htmlFor="round-includeCandidates">
                {t(lang, 'rndIncludeCandidates')}
              </label>
            </div>
          </div>
        </fieldset>
        {errors.form ? (
          <p className="kern-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t(lang, 'rndCreate')}</span>
        </button>
      </form>
    </main>
  );
}
