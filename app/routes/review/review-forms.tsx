import { activityKinds, agreementKinds, type FactType } from '../../../core/shared/vocabulary.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import type { CandidateFormValues } from './review-action.ts';

/** The label of each field a candidate's forms post. */
export const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'rvTitleField',
  date: 'rvDateField',
  endDate: 'rvEndDateField',
  partnership: 'rvPartnershipField',
  activityKind: 'rvActivityKindField',
  agreementKind: 'rvAgreementKindField',
  status: 'rvStatusField',
  organiser: 'rvOrganiserField',
  renews: 'rvRenewsField',
  into: 'rvMergeInto',
  reason: 'rvRejectReason',
  type: 'rvType',
};

/** The fields a reviewer corrects for each kind of fact. */
const FIELDS_OF: Record<FactType, readonly (keyof CandidateFormValues)[]> = {
  agreement_signed: ['title', 'date', 'partnership', 'agreementKind', 'renews'],
  activity: ['title', 'date', 'endDate', 'partnership', 'activityKind', 'organiser'],
  status_changed: ['title', 'date', 'partnership', 'status'],
  partnership_established: ['date', 'partnership'],
  office_opened: ['title', 'date', 'partnership'],
};

const Submit = ({ intent, text, primary = false }: { intent: string; text: string; primary?: boolean }) => (
  <div>
    <button
      type="submit"
      name="intent"
      value={intent}
      className={`kern-btn kern-btn--${primary ? 'primary' : 'secondary'}`}
    >
      <span className="kern-label">{text}</span>
    </button>
  </div>
);

/** Correcting a candidate: the fields of its kind of fact, each with its error beside it. */
export function EditForm(props: {
  lang: Language;
  csrfToken: string;
  type: FactType;
  values: Partial<CandidateFormValues>;
  errors: Record<string, string>;
  partnerships: { value: string; label: string }[];
}) {
  const { lang, values, errors, type } = props;
  const shown = FIELDS_OF[type];
  const common = (name: keyof CandidateFormValues) => ({
    name,
    idPrefix: 'candidate',
    label: t(lang, FIELD_LABELS[name]!),
    error: errors[name],
    defaultValue: values[name] ?? '',
  });
  const choose = { value: '', label: t(lang, 'pleaseChoose') };
  const control = (name: keyof CandidateFormValues) => {
    switch (name) {
      case 'partnership':
        return (
          <SelectField
            key={name}
            {...common(name)}
            options={[{ value: '', label: t(lang, 'rvNoPartnership') }, ...props.partnerships]}
          />
        );
      case 'activityKind':
        return (
          <SelectField
            key={name}
            {...common(name)}
            options={[choose, ...activityKinds.map((k) => ({ value: k, label: label(lang, 'activityKind', k) }))]}
          />
        );
      case 'agreementKind':
        return (
          <SelectField
            key={name}
            {...common(name)}
            options={[choose, ...agreementKinds.map((k) => ({ value: k, label: label(lang, 'agreementKind', k) }))]}
          />
        );
      case 'status':
        return (
          <SelectField
            key={name}
            {...common(name)}
            options={[
              choose,
              ...(['suspended', 'active', 'ended'] as const).map((s) => ({
                value: s,
                label: t(lang, `rvFactStatus_${s}`),
              })),
            ]}
          />
        );
      default:
        return <InputField key={name} {...common(name)} />;
    }
  };
  return (
    <section className="section" aria-labelledby="edit-heading">
      <h2 id="edit-heading" className="kern-heading-large">
        {t(lang, 'rvEditHeading')}
      </h2>
      <p className="kern-body form-intro">{t(lang, 'rvEditIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="candidate-errors"
        idPrefix="candidate"
        heading="rvErrorSummary"
        labels={FIELD_LABELS}
        errors={errors}
        fields={shown}
      />
      <form method="post" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={props.csrfToken} />
        {shown.map(control)}
        <Submit intent="edit" text={t(lang, 'rvSave')} />
      </form>
    </section>
  );
}

/** Accepting (its meaning depends on the comparison), merging into a recorded fact, or rejecting with a reason. */
export function DecideForms(props: {
  lang: Language;
  csrfToken: string;
  match: 'new' | 'recorded' | 'conflict';
  matchRef: string | null;
  intent: string | null;
  values: Partial<CandidateFormValues>;
  errors: Record<string, string>;
}) {
  const { lang, errors, intent, values } = props;
  const own = (i: string) => (intent === i ? errors : {});
  const accept: MessageKey =
    props.match === 'new' ? 'rvAcceptNew' : props.match === 'recorded' ? 'rvAcceptRecorded' : 'rvAcceptConflict';
  const csrf = <input type="hidden" name="csrf" value={props.csrfToken} />;
  return (
    <section className="section" aria-labelledby="decide-heading">
      <h2 id="decide-heading" className="kern-heading-large">
        {t(lang, 'rvDecideHeading')}
      </h2>
      {intent === 'accept' ? (
        <FormErrorSummary
          lang={lang}
          id="accept-errors"
          idPrefix="candidate"
          heading="rvErrorSummary"
          labels={FIELD_LABELS}
          errors={errors}
          anchor={(f) => (f === 'type' || f === 'status' ? 'decide-heading' : `candidate-${f}`)}
        />
      ) : null}
      <form method="post" className="form-stack" noValidate>
        {csrf}
        <Submit intent="accept" text={t(lang, accept)} primary />
      </form>
      <h3 className="kern-heading-medium">{t(lang, 'rvMergeHeading')}</h3>
      <FormErrorSummary
        lang={lang}
        id="merge-errors"
        idPrefix="merge"
        heading="rvErrorSummary"
        labels={FIELD_LABELS}
        errors={own('merge')}
      />
      <form method="post" className="form-stack" noValidate>
        {csrf}
        <InputField
          name="into"
          idPrefix="merge"
          label={t(lang, 'rvMergeInto')}
          error={own('merge').into}
          defaultValue={intent === 'merge' ? (values.into ?? '') : (props.matchRef ?? '')}
        />
        <Submit intent="merge" text={t(lang, 'rvMerge')} />
      </form>
      <h3 className="kern-heading-medium">{t(lang, 'rvRejectHeading')}</h3>
      <FormErrorSummary
        lang={lang}
        id="reject-errors"
        idPrefix="reject"
        heading="rvErrorSummary"
        labels={FIELD_LABELS}
        errors={own('reject')}
      />
      <form method="post" className="form-stack" noValidate>
        {csrf}
        <InputField
          name="reason"
          idPrefix="reject"
          label={t(lang, 'rvRejectReason')}
          error={own('reject').reason}
          defaultValue={intent === 'reject' ? (values.reason ?? '') : ''}
          multiline
          required
        />
        <Submit intent="reject" text={t(lang, 'rvReject')} />
      </form>
    </section>
  );
}
