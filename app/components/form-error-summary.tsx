import { t, type Language, type MessageKey } from '../../text/i18n.ts';

/** Each refused field of one form, linked to its control, at the top of the form. */
export function FormErrorSummary(props: {
  lang: Language;
  /** The id of the summary; its links go to `#<idPrefix>-<field>`. */
  id: string;
  idPrefix: string;
  errors: Record<string, string>;
  labels: Record<string, MessageKey>;
  /** The summary's lead sentence; the measures' wording by default. */
  heading?: MessageKey;
  /** The id of a field's control, when it is not `<idPrefix>-<field>`. */
  anchor?: (field: string) => string;
}) {
  const { lang, errors, labels, heading = 'measureErrorSummary', anchor = (f) => `${props.idPrefix}-${f}` } = props;
  const failed = Object.keys(errors).filter((f) => errors[f]);
  if (!failed.length) return null;
  return (
    <div className="kern-alert kern-alert--danger" role="alert" id={props.id}>
      <div className="kern-alert__body">
        <p className="kern-body kern-body--bold">{t(lang, heading)}</p>
        <ul className="kern-list">
          {failed.map((f) => (
            <li key={f}>
              <a className="kern-link" href={`#${anchor(f)}`}>
                {labels[f] ? `${t(lang, labels[f])}: ` : ''}
                {errors[f]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
