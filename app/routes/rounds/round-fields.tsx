import type { ReactNode } from 'react';
import { roundOccasions } from '../../../core/shared/vocabulary.ts';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { InputField, SelectField } from '../../components/form-fields.tsx';

/** Each refused field of one round form, linked to its control (dots in a field's name become hyphens). */
export function RoundErrorSummary(props: {
  lang: Language;
  id: string;
  idPrefix: string;
  errors: Record<string, string>;
  labels: Record<string, MessageKey>;
  /** A field's name before its message, when it is not its label (a criterion's). */
  name?: (field: string) => string | undefined;
}) {
  return (
    <FormErrorSummary
      {...props}
      heading="rndErrorSummary"
      anchor={(f) => `${props.idPrefix ? `${props.idPrefix}-` : ''}${f.replaceAll('.', '-')}`}
    />
  );
}

export interface CheckboxOption {
  value: string;
  label: string;
  /** Shown after the label (a status, "candidate"). */
  note?: ReactNode;
}

/** A list of checkboxes in a fieldset with its legend, hint and error. */
export function CheckboxList(props: {
  name: string;
  idPrefix: string;
  legend: string;
  hint?: string | undefined;
  options: CheckboxOption[];
  checked: readonly string[];
  error?: string | undefined;
  disabled?: boolean;
}) {
  const { name, idPrefix, error } = props;
  const id = `${idPrefix}-${name}`;
  const describedBy = [error ? `${id}-error` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={id}
      aria-describedby={describedBy || undefined}
    >
      <legend className="kern-label">{props.legend}</legend>
      <div className="kern-fieldset__body">
        {props.hint ? (
          <div className="kern-hint" id={`${id}-hint`}>
            {props.hint}
          </div>
        ) : null}
        {error ? (
          <p className="kern-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <div className="checkbox-grid">
          {props.options.map((o) => (
            <div key={o.value} className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`${id}-${o.value}`}
                name={name}
                value={o.value}
                defaultChecked={props.checked.includes(o.value)}
                disabled={props.disabled}
              />
              <label className="kern-label" htmlFor={`${id}-${o.value}`}>
                {o.label}
                {o.note ? <> {o.note}</> : null}
              </label>
            </div>
          ))}
        </div>
      </div>
    </fieldset>
  );
}

/** The settings of a round, as typed. */
export interface SettingsValues {
  name: string;
  occasion: string;
  periodFrom: string;
  periodTo: string;
  scoringDeadline: string;
  reportDeadline: string;
}

export const SETTINGS_LABELS = {
  key: 'rndKey',
  name: 'rndName',
  occasion: 'rndOccasion',
  periodFrom: 'rndPeriodFrom',
  periodTo: 'rndPeriodTo',
  scoringDeadline: 'rndScoringDeadline',
  reportDeadline: 'rndReportDeadline',
  ministries: 'rndMinistries',
  partnerships: 'rndFieldPartnerships',
  previousRound: 'rndPreviousRound',
  status: 'rndFieldStatus',
} as const satisfies Record<string, MessageKey>;

/** Name, occasion, period and deadlines of a round. */
export function SettingsFields(props: {
  lang: Language;
  idPrefix: string;
  values: SettingsValues;
  errors: Record<string, string>;
}) {
  const { lang, idPrefix, values, errors } = props;
  const field = (name: keyof SettingsValues, required = true) => ({
    name,
    idPrefix,
    label: t(lang, SETTINGS_LABELS[name]),
    error: errors[name],
    defaultValue: values[name],
    required,
  });
  const dateHint = t(lang, 'rndDateHint');
  return (
    <>
      <InputField {...field('name')} />
      <SelectField
        {...field('occasion')}
        options={[
          { value: '', label: t(lang, 'rndNoneChosen') },
          ...roundOccasions.map((o) => ({ value: o, label: label(lang, 'roundOccasion', o) })),
        ]}
      />
      <InputField {...field('periodFrom')} hint={dateHint} />
      <InputField {...field('periodTo')} hint={dateHint} />
      <InputField {...field('scoringDeadline')} hint={dateHint} />
      <InputField {...field('reportDeadline', false)} hint={dateHint} />
    </>
  );
}

/** The settings fields of a posted form. */
export const settingsValues = (form: FormData): SettingsValues => ({
  name: String(form.get('name') ?? ''),
  occasion: String(form.get('occasion') ?? ''),
  periodFrom: String(form.get('periodFrom') ?? ''),
  periodTo: String(form.get('periodTo') ?? ''),
  scoringDeadline: String(form.get('scoringDeadline') ?? ''),
  reportDeadline: String(form.get('reportDeadline') ?? ''),
});
