import { proposalKinds } from '../../../core/shared/vocabulary.ts';
import type { ProposalField, ProposalFormValues, ReviewField } from './proposal-form-action.ts';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import type { Subject } from './proposal-subjects.ts';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';

const PROPOSAL_LABELS: Record<ProposalField, MessageKey> = {
  kind: 'proposalKind',
  title: 'proposalTitle',
  body: 'proposalBody',
  subject: 'proposalSubject',
};

/** Submitting a proposal: kind, title, text and, optionally, the record it refers to. */
export function ProposalForm(props: {
  lang: Language;
  csrfToken: string;
  subjects: { partnerships: Subject[]; agreements: Subject[] };
  values: ProposalFormValues;
  errors: Record<string, string>;
}) {
  const { lang, values, errors, subjects } = props;
  const field = (name: Exclude<ProposalField, 'subject'>, required = true) => ({
    name,
    idPrefix: 'proposal',
    label: t(lang, PROPOSAL_LABELS[name]),
    error: errors[name],
    defaultValue: values[name],
    required,
  });
  const subjectError = errors.subject;
  return (
    <>
      <p className="kern-body form-intro">{t(lang, 'proposalFormIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="proposal-errors"
        idPrefix="proposal"
        heading="proposalErrorSummary"
        labels={PROPOSAL_LABELS}
        errors={errors}
        fields={Object.keys(PROPOSAL_LABELS)}
      />
      <form method="post" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={props.csrfToken} />
        <SelectField
          {...field('kind')}
          options={[
            { value: '', label: t(lang, 'pleaseChoose') },
            ...proposalKinds.map((k) => ({ value: k, label: label(lang, 'proposalKind', k) })),
          ]}
        />
        <InputField {...field('title')} />
        <InputField {...field('body')} multiline hint={t(lang, 'proposalBodyHint')} />
        <div className={`kern-form-input${subjectError ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="proposal-subject">
            {t(lang, 'proposalSubject')}
          </label>
          {subjectError ? (
            <p className="kern-error" id="proposal-subject-error" role="alert">
              {subjectError}
            </p>
          ) : null}
          <div className="kern-form-input__select-wrapper">
            <select
              className={`kern-form-input__select${subjectError ? ' kern-form-input__select--error' : ''}`}
              id="proposal-subject"
              name="subject"
              defaultValue={values.subject}
              aria-invalid={subjectError ? true : undefined}
              aria-describedby={subjectError ? 'proposal-subject-error' : undefined}
            >
              <option value="">{t(lang, 'noSubject')}</option>
              {(['partnerships', 'agreements'] as const).map((group) => (
                <optgroup
                  key={group}
                  label={t(lang, group === 'partnerships' ? 'subjectPartnerships' : 'subjectAgreements')}
                >
                  {subjects[group].map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'sendProposal')}</span>
          </button>
        </div>
      </form>
    </>
  );
}

const REVIEW_LABELS: Record<ReviewField, MessageKey> = { decision: 'reviewDecision', note: 'reviewNote' };

/** A coordinator's review: accept or reject (radio buttons), with a note (required for a rejection). */
export function ReviewForm(props: {
  lang: Language;
  csrfToken: string;
  values: Record<ReviewField, string>;
  errors: Record<string, string>;
}) {
  const { lang, values, errors } = props;
  return (
    <section className="section" aria-labelledby="review-heading">
      <h2 id="review-heading" className="kern-heading-large">
        {t(lang, 'reviewHeading')}
      </h2>
      <p className="kern-body form-intro">{t(lang, 'reviewIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="review-errors"
        idPrefix="review"
        heading="reviewErrorSummary"
        labels={REVIEW_LABELS}
        errors={errors}
        fields={Object.keys(REVIEW_LABELS)}
      />
      <form method="post" className="form-stack" noValidate>
        <input type="hidden" name="csrf" value={props.csrfToken} />
        <fieldset
          className={`kern-fieldset${errors.decision ? ' kern-fieldset--error' : ''}`}
          id="review-decision"
          aria-describedby={errors.decision ? 'review-decision-error' : undefined}
        >
          <legend className="kern-label">{t(lang, 'reviewDecision')}</legend>
          <div className="kern-fieldset__body">
            {errors.decision ? (
              <p className="kern-error" id="review-decision-error" role="alert">
                {errors.decision}
              </p>
            ) : null}
            {(['accepted', 'rejected'] as const).map((d) => (
              <div key={d} className="kern-form-check">
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`review-decision-${d}`}
                  name="decision"
                  value={d}
                  defaultChecked={values.decision === d}
                />
                <label className="kern-label" htmlFor={`review-decision-${d}`}>
                  {t(lang, d === 'accepted' ? 'decideAccept' : 'decideReject')}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <InputField
          name="note"
          idPrefix="review"
          label={t(lang, 'reviewNote')}
          hint={t(lang, 'reviewNoteHint')}
          error={errors.note}
          defaultValue={values.note}
          multiline
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'saveReview')}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
