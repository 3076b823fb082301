import type { ReactNode } from 'react';
import { t, type Language, type MessageKey } from '../../text/i18n.ts';

/** A form refused as a whole: one sentence, no heading, no link. */
interface WholeFormRefusal {
  lang: Language;
  id?: string | undefined;
  message: string | null | undefined;
}

/** Each refused field of one form, under a lead sentence, linked to its control. */
interface FieldRefusals {
  lang: Language;
  /** The id of the summary; its links go to `#<idPrefix>-<field>` unless `anchor` says otherwise. */
  id?: string | undefined;
  idPrefix?: string;
  errors: Readonly<Record<string, string | null | undefined>>;
  labels?: Readonly<Record<string, MessageKey>>;
  /** The summary's lead sentence; the measures' wording by default. */
  heading?: MessageKey;
  /** The id of a field's control, when it is not `<idPrefix>-<field>`; `null`: the entries are not links. */
  anchor?: ((field: string) => string) | null;
  /** The fields to list, in this order; every refused field, in the order of `errors`, by default. */
  fields?: readonly string[];
  /** A field's name before its message, when it is not its label. */
  name?: (field: string) => string | undefined;
}

/** Issues that are not fields of this form (a file's columns), under a lead sentence, unlinked. */
interface ListedIssues {
  lang: Language;
  id?: string | undefined;
  heading: MessageKey;
  items: readonly { key: string; text: string }[];
}

type Props = WholeFormRefusal | FieldRefusals | ListedIssues;

/** The one KERN error summary at the top of a form: `role="alert"`, one entry per refused field. */
export function FormErrorSummary(props: Props) {
  const { lang } = props;
  if ('message' in props) {
    if (!props.message) return null;
    return (
      <div className="kern-alert kern-alert--danger" role="alert" id={props.id}>
        <div className="kern-alert__body">
          <p className="kern-body">{props.message}</p>
        </div>
      </div>
    );
  }
  if ('items' in props) {
    if (!props.items.length) return null;
    return (
      <Summary lang={lang} id={props.id} heading={props.heading}>
        {props.items.map((i) => (
          <li key={i.key}>{i.text}</li>
        ))}
      </Summary>
    );
  }
  const { errors, labels = {}, heading = 'measureErrorSummary' } = props;
  const anchor = props.anchor === undefined ? (f: string) => `${props.idPrefix}-${f}` : props.anchor;
  const name = props.name ?? ((f: string) => (labels[f] ? t(lang, labels[f]) : undefined));
  const failed = (props.fields ?? Object.keys(errors)).filter((f) => errors[f]);
  if (!failed.length) return null;
  return (
    <Summary lang={lang} id={props.id} heading={heading}>
      {failed.map((f) => {
        const text = `${name(f) ? `${name(f)}: ` : ''}${errors[f]}`;
        return (
          <li key={f}>
            {anchor ? (
              <a className="kern-link" href={`#${anchor(f)}`}>
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </Summary>
  );
}

function Summary(props: { lang: Language; id: string | undefined; heading: MessageKey; children: ReactNode }) {
  return (
    <div className="kern-alert kern-alert--danger" role="alert" id={props.id}>
      <div className="kern-alert__body">
        <p className="kern-body kern-body--bold">{t(props.lang, props.heading)}</p>
        <ul className="kern-list">{props.children}</ul>
      </div>
    </div>
  );
}
