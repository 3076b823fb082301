import type { AgreementField, AgreementFormErrors, AgreementFormValues } from './agreement-form-action.ts';
import { t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import type { SourceChoice } from '../../../core/sources/cite.ts';
import { CITATION_LABELS, SourceCitationField, type CitationValues } from '../../components/source-citation-field.tsx';

type Option = { value: string; label: string };

const LABELS: Record<AgreementField, MessageKey> = {
  renews: 'renewsLabel',
  kind: 'kind',
  title: 'agreementTitle',
  partnership: 'agreementPartnership',
  signedOn: 'signedOnLabel',
  signedAt: 'signedAtLabel',
  termMonths: 'termMonthsLabel',
  expiresOn: 'expiresOnLabel',
  saxonySignatory: 'signatoryName',
  saxonySignatoryRole: 'signatoryRole',
  partnerSignatory: 'signatoryName',
  partnerSignatoryRole: 'signatoryRole',
};
const SIDE_LEGEND = { saxony: 'saxonySignatoryLegend', partner: 'partnerSignatoryLegend' } as const;

/** A field's name in the error summary: a signatory's fields say whose side they are on. */
function fieldName(lang: Language, f: AgreementField | keyof typeof CITATION_LABELS) {
  if (f in CITATION_LABELS) return t(lang, CITATION_LABELS[f as keyof typeof CITATION_LABELS]);
  const a = f as AgreementField;
  return a.endsWith('Signatory') || f.endsWith('SignatoryRole')
    ? `${t(lang, SIDE_LEGEND[a.startsWith('saxony') ? 'saxony' : 'partner'])}, ${t(lang, LABELS[a])}`
    : t(lang, LABELS[a]);
}

/**
 * Recording or renewing an agreement: a plain form post, every error next to its field. A renewal
 * names the agreement it renews and its partnership; they are not changed by the form.
 */
export function AgreementForm(props: {
  lang: Language;
  csrfToken: string;
  kinds: Option[];
  /** The partnerships to choose from; null when renewing (the predecessor's partnership is kept). */
  partnerships: Option[] | null;
  renewal?: { predecessor: string; partnership: string } | undefined;
  values: AgreementFormValues;
  errors: AgreementFormErrors;
  submitLabel: string;
  /** The source field: the documents to choose from and what was posted (required for a renewal). */
  sources: readonly SourceChoice[];
  citation: CitationValues;
}) {
  const { lang, values, errors, renewal } = props;
  const field = (name: Exclude<AgreementField, 'renews'>, required = false) => ({
    name,
    idPrefix: 'agreement',
    label: t(lang, LABELS[name]),
    error: errors[name],
    defaultValue: values[name],
    required,
  });
  const choose = { value: '', label: t(lang, 'pleaseChoose') };
  return (
    <>
      <p className="kern-body form-intro">{t(lang, renewal ? 'renewIntro' : 'agreementFormIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="agreement-errors"
        idPrefix="agreement"
        heading="agreementErrorSummary"
        errors={errors}
        fields={[...Object.keys(LABELS), ...Object.keys(CITATION_LABELS)]}
        name={(f) => fieldName(lang, f as AgreementField)}
      />
      <form method="post" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={props.csrfToken} />
        {renewal ? (
          <dl className="facts kern-body" id="agreement-renews" tabIndex={-1}>
            <dt>{t(lang, 'renewsLabel')}</dt>
            <dd lang="de">
              {renewal.predecessor}
              {errors.renews ? (
                <p className="kern-error" id="agreement-renews-error" role="alert">
                  {errors.renews}
                </p>
              ) : null}
            </dd>
            <dt>{t(lang, 'agreementPartnership')}</dt>
            <dd>{renewal.partnership}</dd>
          </dl>
        ) : null}
        <SelectField {...field('kind', true)} options={[choose, ...props.kinds]} />
        <InputField {...field('title', true)} />
        {props.partnerships ? (
          <SelectField {...field('partnership', true)} options={[choose, ...props.partnerships]} />
        ) : null}
        <InputField {...field('signedOn', Boolean(renewal))} hint={t(lang, 'dateHint')} />
        <InputField {...field('signedAt')} hint={t(lang, 'signedAtHint')} />
        <InputField {...field('termMonths')} hint={t(lang, 'termMonthsHint')} />
        <InputField {...field('expiresOn')} hint={t(lang, 'dateHint')} />
        {(['saxony', 'partner'] as const).map((side) => (
          <fieldset key={side} className="kern-fieldset">
            <legend className="kern-label">{t(lang, SIDE_LEGEND[side])}</legend>
            <div className="kern-fieldset__body form-stack">
              <InputField {...field(`${side}Signatory`)} />
              <InputField {...field(`${side}SignatoryRole`)} />
            </div>
          </fieldset>
        ))}
        <SourceCitationField
          lang={lang}
          idPrefix="agreement"
          choices={props.sources}
          values={props.citation}
          errors={errors}
          required={Boolean(renewal)}
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{props.submitLabel}</span>
          </button>
        </div>
      </form>
    </>
  );
}
