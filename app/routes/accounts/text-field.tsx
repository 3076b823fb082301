/** A labelled input with its hint and its error right beside it, announced to screen readers. */
export function TextField(props: {
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const id = `field-${props.name}`;
  const errorId = `${id}-error`;
  return (
    <div className={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {props.label}
      </label>
      {props.error ? (
        <p className="kern-error" id={errorId} role="alert">
          {props.error}
        </p>
      ) : null}
      <input
        className={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
    </div>
  );
}
