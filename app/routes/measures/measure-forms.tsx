import type { MeasureStatus } from '../../../core/shared/vocabulary.ts';
import { measureStatuses } from '../../../core/shared/vocabulary.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { measureStatusLabel } from '../../../text/measures.messages.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import type { SourceChoice } from '../../../core/sources/cite.ts';
import { CITATION_LABELS, SourceCitationField, type CitationValues } from '../../components/source-citation-field.tsx';

type Values = Record<string, string | string[] | undefined>;
const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

/** The lead ministry's (and the coordinators') status report: status, optional progress, a short note. */
export function ReportForm(props: {
  lang: Language;
  csrfToken: string;
  current: { status: MeasureStatus | null; progressPercent: number | null };
  values: Values | null;
  errors: Record<string, string>;
  /** The report's optional source: the documents to choose from and what was posted. */
  sources: readonly SourceChoice[];
  citation: CitationValues;
}) {
  const { lang, errors } = props;
  const values = props.values ?? {
    status: props.current.status ?? '',
    progress: props.current.progressPercent === null ? '' : String(props.current.progressPercent),
  };
  const field = (name: 'status' | 'progress' | 'note', labelKey: Parameters<typeof t>[1]) => ({
    name,
    idPrefix: 'report',
    label: t(lang, labelKey),
    error: errors[name],
    defaultValue: str(values[name]),
  });
  return (
    <section className="section" aria-labelledby="report">
      <h2 id="report" className="kern-heading-large">
        {t(lang, 'reportHeading')}
      </h2>
      <p className="kern-body form-intro">{t(lang, 'reportIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="report-errors"
        idPrefix="report"
        errors={errors}
        labels={{ status: 'newStatusLabel', progress: 'progressLabel', note: 'noteLabel', ...CITATION_LABELS }}
      />
      <form method="post" className="form-stack" noValidate aria-labelledby="report">
        <input type="hidden" name="csrf" value={props.csrfToken} />
        <input type="hidden" name="intent" value="report" />
        <SelectField
          {...field('status', 'newStatusLabel')}
          required
          options={[
            { value: '', label: t(lang, 'noneChosen') },
            ...measureStatuses.map((s) => ({ value: s, label: measureStatusLabel(lang, s) })),
          ]}
        />
        <InputField {...field('progress', 'progressLabel')} hint={t(lang, 'progressHint')} />
        <InputField {...field('note', 'noteLabel')} hint={t(lang, 'noteHint')} multiline required />
        <SourceCitationField
          lang={lang}
          idPrefix="report"
          choices={props.sources}
          values={props.citation}
          errors={errors}
          required={false}
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'submitReport')}</span>
          </button>
        </div>
      </form>
    </section>
  );
}

/** The coordinators' assignment of the lead ministry and the goals the measure serves. */
export function AssignForm(props: {
  lang: Language;
  csrfToken: string;
  leads: { value: string; label: string }[];
  goals: { value: string; label: string }[];
  current: { lead: string; goals: string[] };
  values: Values | null;
  errors: Record<string, string>;
}) {
  const { lang, errors } = props;
  const lead = props.values ? str(props.values.lead) : props.current.lead;
  const goals = props.values ? [props.values.goals ?? []].flat() : props.current.goals;
  return (
    <section className="section" aria-labelledby="assign">
      <h2 id="assign" className="kern-heading-large">
        {t(lang, 'assignHeading')}
      </h2>
      <p className="kern-body form-intro">{t(lang, 'assignIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="assign-errors"
        idPrefix="assign"
        errors={errors}
        labels={{ lead: 'leadLabel', goals: 'goalsLabel' }}
      />
      <form method="post" className="form-stack" noValidate aria-labelledby="assign">
        <input type="hidden" name="csrf" value={props.csrfToken} />
        <input type="hidden" name="intent" value="assign" />
        <SelectField
          name="lead"
          idPrefix="assign"
          label={t(lang, 'leadLabel')}
          error={errors.lead}
          defaultValue={lead}
          options={[{ value: '', label: t(lang, 'noLeadYet') }, ...props.leads]}
        />
        <fieldset
          className={`kern-fieldset${errors.goals ? ' kern-fieldset--error' : ''}`}
          id="assign-goals"
          aria-describedby={errors.goals ? 'assign-goals-error' : undefined}
        >
          <legend className="kern-label">{t(lang, 'goalsLabel')}</legend>
          <div className="kern-fieldset__body">
            {errors.goals ? (
              <p className="kern-error" id="assign-goals-error" role="alert">
                {errors.goals}
              </p>
            ) : null}
            {props.goals.map((g) => (
              <div key={g.value} className="kern-form-check">
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`assign-goal-${g.value}`}
                  name="goals"
                  value={g.value}
                  defaultChecked={goals.includes(g.value)}
                />
                <label className="kern-label" htmlFor={`assign-goal-${g.value}`}>
                  {g.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'submitAssign')}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
