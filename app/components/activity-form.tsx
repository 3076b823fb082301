import type { ActivityField, ActivityFormErrors, ActivityFormValues } from '../lib/activity-form-action.ts';
import { t, type Language } from '../lib/i18n.ts';
import { InputField, SelectField } from './form-fields.tsx';

type Option = { value: string; label: string };
export interface ActivityFormOptions {
  kind: Option[];
  status: Option[];
  visibility: Option[];
  organiser: Option[];
  partnership: Option[];
  sectors: Option[];
}

const LABELS: Record<ActivityField, Parameters<typeof t>[1]> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  organiser: 'organiser',
  partnership: 'partnership',
  places: 'placesLabel',
  participants: 'participants',
  sectors: 'sectors',
  status: 'status',
  visibility: 'visibility',
  budgetPlanned: 'budgetPlanned',
  budgetActual: 'budgetActual',
  outcome: 'outcome',
};

/** Each refused field, linked to its control, at the top of the form. */
function ErrorSummary({ lang, errors }: { lang: Language; errors: ActivityFormErrors }) {
  const failed = (Object.keys(LABELS) as ActivityField[]).filter((f) => errors[f]);
  if (!failed.length) return null;
  return (
    <div className="kern-alert kern-alert--danger" role="alert" id="activity-errors">
      <div className="kern-alert__body">
        <p className="kern-body kern-body--bold">{t(lang, 'activityErrorSummary')}</p>
        <ul className="kern-list">
          {failed.map((f) => (
            <li key={f}>
              <a className="kern-link" href={`#activity-${f}`}>
                {t(lang, LABELS[f])}: {errors[f]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The sectors as checkboxes in a group with its error. */
function SectorBoxes(props: { lang: Language; options: Option[]; checked: string[]; error?: string | undefined }) {
  const { lang, options, checked, error } = props;
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id="activity-sectors"
      aria-describedby={error ? 'activity-sectors-error' : undefined}
    >
      <legend className="kern-label">{t(lang, 'sectors')}</legend>
      <div className="kern-fieldset__body">
        {error ? (
          <p className="kern-error" id="activity-sectors-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="checkbox-grid">
          {options.map((o) => (
            <div key={o.value} className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`activity-sector-${o.value}`}
                name="sectors"
                value={o.value}
                defaultChecked={checked.includes(o.value)}
              />
              <label className="kern-label" htmlFor={`activity-sector-${o.value}`}>
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
}) {
  const { lang, options, values, errors } = props;
  const field = (name: Exclude<ActivityField, 'sectors'>, required = false) => ({
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
      <ErrorSummary lang={lang} errors={errors} />
      <form method="post" className="form-stack form-stack--wide" noValidate>
        <input type="hidden" name="csrf" value={props.csrfToken} />
        <SelectField {...field('kind', true)} options={[none, ...options.kind]} />
        <InputField {...field('title', true)} />
        <InputField {...field('description')} multiline />
        <InputField {...field('startsOn')} hint={t(lang, 'dateHint')} />
        <InputField {...field('endsOn')} hint={t(lang, 'dateHint')} />
        <SelectField {...field('organiser')} options={options.organiser} />
        <SelectField {...field('partnership')} options={[none, ...options.partnership]} />
        <InputField {...field('places')} hint={t(lang, 'placesHint')} />
        <InputField {...field('participants')} hint={t(lang, 'participantsHint')} />
        <SectorBoxes lang={lang} options={options.sectors} checked={values.sectors} error={errors.sectors} />
        <SelectField {...field('status', true)} options={options.status} />
        <SelectField {...field('visibility', true)} options={options.visibility} />
        <InputField {...field('budgetPlanned')} hint={t(lang, 'budgetHint')} />
        <InputField {...field('budgetActual')} hint={t(lang, 'budgetHint')} />
        <InputField {...field('outcome')} multiline />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{props.submitLabel}</span>
          </button>
        </div>
      </form>
    </>
  );
}
