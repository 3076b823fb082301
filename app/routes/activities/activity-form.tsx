import type { ActivityField, ActivityFormErrors, ActivityFormValues, CheckboxField } from './activity-form-action.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import type { SourceChoice } from '../../../core/sources/cite.ts';
import {
  CITATION_LABELS,
  SourceCitationField,
  type CitationErrors,
  type CitationValues,
} from '../../components/source-citation-field.tsx';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { SaveConfirmation, StrategySuggestions } from './strategy-review.tsx';
import type { StrategyReview } from './strategy-review.server.ts';

type Option = { value: string; label: string };
export interface ActivityFormOptions {
  kind: Option[];
  status: Option[];
  visibility: Option[];
  organiser: Option[];
  partnership: Option[];
  workingGroup: Option[];
  sectors: Option[];
  instruments: Option[];
  goals: Option[];
}

const LABELS: Record<ActivityField, Parameters<typeof t>[1]> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  organiser: 'organiser',
  partnership: 'partnership',
  workingGroup: 'workingGroupLabel',
  places: 'placesLabel',
  participants: 'participants',
  sectors: 'sectors',
  instruments: 'activityInstruments',
  goals: 'activityGoals',
  measures: 'activityMeasures',
  status: 'status',
  visibility: 'visibility',
  budgetPlanned: 'budgetPlanned',
  budgetActual: 'budgetActual',
  outcome: 'outcome',
};

const CHECKBOX_GROUPS = ['sectors', 'instruments', 'goals'] as const satisfies readonly CheckboxField[];

/** A list field as checkboxes in a group with its error. */
function CheckboxGroup(props: {
  lang: Language;
  name: CheckboxField;
  options: Option[];
  checked: string[];
  error?: string | undefined;
}) {
  const { lang, name, options, checked, error } = props;
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={`activity-${name}`}
      aria-describedby={error ? `activity-${name}-error` : undefined}
    >
      <legend className="kern-label">{t(lang, LABELS[name])}</legend>
      <div className="kern-fieldset__body">
        {error ? (
          <p className="kern-error" id={`activity-${name}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <div className="checkbox-grid">
          {options.map((o) => (
            <div key={o.value} className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`activity-${name}-${o.value}`}
                name={name}
                value={o.value}
                defaultChecked={checked.includes(o.value)}
              />
              <label className="kern-label" htmlFor={`activity-${name}-${o.value}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      </div>
    </fieldset>
  );
}

/** Recording or editing an activity: a plain form post, every error next to its field. */
export function ActivityForm(props: {
  lang: Language;
  csrfToken: string;
  options: ActivityFormOptions;
  values: ActivityFormValues;
  errors: ActivityFormErrors;
  submitLabel: string;
  /** The strategy suggestions and the confirmation before saving (pages whose action handles them). */
  review?: { shown: boolean; current: StrategyReview | undefined };
  /** The optional source field: the documents to choose from, what was posted and its refusals. */
  citation?: { sources: readonly SourceChoice[]; values: CitationValues; errors: CitationErrors } | undefined;
}) {
  const { lang, options, values, errors, citation } = props;
  const field = (name: Exclude<ActivityField, CheckboxField>, required = false) => ({
    name,
    idPrefix: 'activity',
    label: t(lang, LABELS[name]),
    error: errors[name],
    defaultValue: values[name],
    required,
  });
  const none = { value: '', label: t(lang, 'noneChosen') };
  return (
    <>
      <p className="kern-body form-intro">{t(lang, 'activityFormIntro')}</p>
      <FormErrorSummary
        lang={lang}
        id="activity-errors"
        idPrefix="activity"
        heading="activityErrorSummary"
        errors={{ ...errors, ...citation?.errors }}
        labels={{ ...LABELS, ...CITATION_LABELS }}
        fields={[...Object.keys(LABELS), ...Object.keys(CITATION_LABELS)]}
      />
      <form method="post" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={props.csrfToken} />
        {/* The first submit button is the one Enter presses: saving, not accepting suggestions. */}
        {props.review?.shown ? <button type="submit" name="intent" value="save" hidden tabIndex={-1} /> : null}
        <SelectField {...field('kind', true)} options={[none, ...options.kind]} />
        <InputField {...field('title', true)} />
        <InputField {...field('description')} multiline />
        <InputField {...field('startsOn')} hint={t(lang, 'dateHint')} />
        <InputField {...field('endsOn')} hint={t(lang, 'dateHint')} />
        <SelectField {...field('organiser')} options={options.organiser} />
        <SelectField {...field('partnership')} options={[none, ...options.partnership]} />
        <SelectField
          {...field('workingGroup')}
          options={[none, ...options.workingGroup]}
          hint={t(lang, 'workingGroupHint')}
        />
        <InputField {...field('places')} hint={t(lang, 'placesHint')} />
        <InputField {...field('participants')} hint={t(lang, 'participantsHint')} />
        {props.review?.shown ? <StrategySuggestions lang={lang} review={props.review.current} /> : null}
        {CHECKBOX_GROUPS.map((name) => (
          <CheckboxGroup
            key={name}
            lang={lang}
            name={name}
            options={options[name]}
            checked={values[name]}
            error={errors[name]}
          />
        ))}
        <InputField {...field('measures')} hint={t(lang, 'measuresHint')} />
        <SelectField {...field('status', true)} options={options.status} />
        <SelectField {...field('visibility', true)} options={options.visibility} />
        <InputField {...field('budgetPlanned')} hint={t(lang, 'budgetHint')} />
        <InputField {...field('budgetActual')} hint={t(lang, 'budgetHint')} />
        <InputField {...field('outcome')} multiline />
        {citation ? (
          <SourceCitationField
            lang={lang}
            idPrefix="activity"
            choices={citation.sources}
            values={citation.values}
            errors={citation.errors}
            required={false}
          />
        ) : null}
        {props.review?.shown ? <SaveConfirmation lang={lang} review={props.review.current} /> : null}
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{props.submitLabel}</span>
          </button>
        </div>
      </form>
    </>
  );
}
