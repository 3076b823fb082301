import type { PartnershipStatus, RoundRecommendation } from '../../../core/shared/vocabulary.ts';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { InputField, SelectField } from '../../components/form-fields.tsx';

const REC_LABELS: Record<string, MessageKey> = { recommendation: 'rrRecommendation', justification: 'rrJustification' };
const DEC_LABELS: Record<string, MessageKey> = {
  decision: 'rrDecision',
  decidedOn: 'rrDecidedOn',
  body: 'rrBody',
  note: 'rrNote',
};

type FormProps = {
  lang: Language;
  csrfToken: string;
  options: readonly RoundRecommendation[];
  values: Record<string, string>;
  errors: Record<string, string>;
};

const optionList = (lang: Language, options: readonly RoundRecommendation[]) =>
  options.map((o) => ({ value: o, label: label(lang, 'roundRecommendation', o) }));

/** The coordinators' recommendation for one partnership: one of its options and a justification. */
export function RecommendationForm({ lang, csrfToken, options, values, errors }: FormProps) {
  const field = (name: string) => ({
    name,
    idPrefix: 'rec',
    label: t(lang, REC_LABELS[name]!),
    error: errors[name],
    defaultValue: values[name] ?? '',
    required: true,
  });
  return (
    <section className="section" aria-labelledby="recommendation-form">
      <h2 id="recommendation-form" className="kern-heading-large">
        {t(lang, 'rrRecommendationFormHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'rrRecommendationFormIntro')}</p>
      <FormErrorSummary lang={lang} id="rec-errors" idPrefix="rec" errors={errors} labels={REC_LABELS} />
      <form method="post" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="intent" value="recommend" />
        <SelectField {...field('recommendation')} options={optionList(lang, options)} />
        <InputField {...field('justification')} multiline />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'rrSaveRecommendation')}</span>
          </button>
        </div>
      </form>
    </section>
  );
}

/** The decision taken on one partnership after the round closed: option, date, body, note. */
export function DecisionForm({ lang, csrfToken, options, values, errors }: FormProps) {
  const field = (name: string, required = true) => ({
    name,
    idPrefix: 'dec',
    label: t(lang, DEC_LABELS[name]!),
    error: errors[name],
    defaultValue: values[name] ?? '',
    required,
  });
  return (
    <section className="section" aria-labelledby="decision-form">
      <h2 id="decision-form" className="kern-heading-large">
        {t(lang, 'rrDecisionFormHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'rrDecisionFormIntro')}</p>
      <FormErrorSummary lang={lang} id="dec-errors" idPrefix="dec" errors={errors} labels={DEC_LABELS} />
      <form method="post" className="form-stack" noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="intent" value="decide" />
        <SelectField {...field('decision')} options={optionList(lang, options)} />
        <InputField {...field('decidedOn')} hint={t(lang, 'rrDecidedOnHint')} />
        <InputField {...field('body')} hint={t(lang, 'rrBodyHint')} />
        <InputField {...field('note', false)} multiline />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'rrSaveDecision')}</span>
          </button>
        </div>
      </form>
    </section>
  );
}

/** The decision as recorded, and the partnership's new status where it changed, linked to its page. */
export function DecisionFacts(props: {
  lang: Language;
  decision: {
    decision: RoundRecommendation;
    decidedOn: string;
    body: string;
    note: string;
    statusChangedTo: PartnershipStatus | null;
  };
  partnershipHref: string;
}) {
  const { lang, decision: x } = props;
  return (
    <section className="section" aria-labelledby="decision">
      <h2 id="decision" className="kern-heading-large">
        {t(lang, 'rrDecision')}
      </h2>
      <dl className="facts kern-body">
        <dt>{t(lang, 'rrDecision')}</dt>
        <dd>{label(lang, 'roundRecommendation', x.decision)}</dd>
        <dt>{t(lang, 'rrDecidedOn')}</dt>
        <dd>
          {new Date(`${x.decidedOn}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'de-DE', {
            dateStyle: 'long',
            timeZone: 'Europe/Berlin',
          })}
        </dd>
        <dt>{t(lang, 'rrBody')}</dt>
        <dd lang="de">{x.body}</dd>
        {x.note ? (
          <>
            <dt>{t(lang, 'rrNote')}</dt>
            <dd lang="de" className="preserve-lines">
              {x.note}
            </dd>
          </>
        ) : null}
        <dt>{t(lang, 'rrNewStatus')}</dt>
        <dd>{x.statusChangedTo ? label(lang, 'status', x.statusChangedTo) : t(lang, 'rrStatusUnchanged')}</dd>
      </dl>
      <p className="kern-body">
        <a className="kern-link" href={props.partnershipHref}>
          {t(lang, 'rrToPartnership')}
        </a>
      </p>
    </section>
  );
}
