import type { PartnershipStatus } from '../../../core/shared/vocabulary.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import type { SourceChoice } from '../../../core/sources/cite.ts';
import type { StatusField, StatusFormErrors, StatusFormValues } from './status-change-action.ts';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { CITATION_LABELS, SourceCitationField } from '../../components/source-citation-field.tsx';

const LABELS: Record<StatusField, Parameters<typeof t>[1]> = {
  to: 'newStatus',
  effectiveOn: 'effectiveOn',
  reason: 'reason',
  ...CITATION_LABELS,
};

/** The coordinators' form to change the status: only the statuses the lifecycle allows next. */
export function StatusForm(props: {
  lang: Language;
  csrfToken: string;
  allowed: readonly PartnershipStatus[];
  sources: readonly SourceChoice[];
  values: Partial<StatusFormValues>;
  errors: StatusFormErrors;
}) {
  const { lang, allowed, sources, values, errors } = props;
  const field = (name: 'to' | 'effectiveOn' | 'reason') => ({
    name,
    idPrefix: 'status',
    label: t(lang, LABELS[name]),
    error: errors[name],
    defaultValue: values[name] ?? '',
    required: true,
  });
  return (
    <section className="section" aria-labelledby="change-status">
      <h2 id="change-status" className="kern-heading-large">
        {t(lang, 'changeStatusHeading')}
      </h2>
      {allowed.length === 0 ? (
        <p className="kern-body">{t(lang, 'noTransitions')}</p>
      ) : (
        <>
          <p className="kern-body">{t(lang, 'changeStatusIntro')}</p>
          <FormErrorSummary
            lang={lang}
            id="status-errors"
            idPrefix="status"
            heading="errorSummary"
            errors={errors}
            labels={LABELS}
          />
          <form method="post" className="form-stack" noValidate>
            <input type="hidden" name="csrf" value={props.csrfToken} />
            <SelectField
              {...field('to')}
              options={allowed.map((s) => ({ value: s, label: label(lang, 'status', s) }))}
            />
            <InputField {...field('effectiveOn')} hint={t(lang, 'effectiveOnHint')} />
            <InputField {...field('reason')} multiline />
            <SourceCitationField
              lang={lang}
              idPrefix="status"
              choices={sources}
              values={values}
              errors={errors}
              required
            />
            <div>
              <button type="submit" className="kern-btn kern-btn--primary">
                <span className="kern-label">{t(lang, 'submitStatus')}</span>
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
