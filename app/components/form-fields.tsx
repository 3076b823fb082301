import type { ReactNode } from 'react';

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Prefix of the element ids, so two forms on one page never share one. */
  idPrefix?: string;
}

/** The ids and ARIA attributes that tie a control to its label, hint and error. */
function fieldIds({ name, hint, error, idPrefix = 'field' }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return {
    id,
    aria: {
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

function Field(props: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div className="kern-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p className="kern-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** A labelled select with its hint and its error right beside it. */
export function SelectField(
  props: FieldProps & { defaultValue?: string; options: { value: string; label: string }[]; required?: boolean },
) {
  const { id, aria } = fieldIds(props);
  return (
    <Field {...props} id={id}>
      <div className="kern-form-input__select-wrapper">
        <select
          className={`kern-form-input__select${props.error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={props.name}
          defaultValue={props.defaultValue}
          required={props.required}
          {...aria}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </Field>
  );
}

/** A labelled text input or text area with its hint and its error right beside it. */
export function InputField(props: FieldProps & { defaultValue?: string; multiline?: boolean; required?: boolean }) {
  const { id, aria } = fieldIds(props);
  const className = `kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`;
  return (
    <Field {...props} id={id}>
      {props.multiline ? (
        <textarea
          className={className}
          id={id}
          name={props.name}
          defaultValue={props.defaultValue}
          required={props.required}
          rows={4}
          {...aria}
        />
      ) : (
        <input
          className={className}
          id={id}
          name={props.name}
          type="text"
          defaultValue={props.defaultValue}
          required={props.required}
          {...aria}
        />
      )}
    </Field>
  );
}

/** A labelled file upload with its hint and its error right beside it (in a multipart form). */
export function FileField(props: FieldProps & { accept: string; required?: boolean }) {
  const { id, aria } = fieldIds(props);
  return (
    <Field {...props} id={id}>
      <input
        className={`kern-form-input__input file-input${props.error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        type="file"
        accept={props.accept}
        required={props.required}
        {...aria}
      />
    </Field>
  );
}
