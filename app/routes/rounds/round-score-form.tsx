import type { RoundCriterion, StoredScore } from '../../../core/rounds/round.types.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { justificationField, NO_BASIS, valueField } from './round-scoring-action.ts';
import { RoundErrorSummary } from './round-fields.tsx';
import { JUSTIFICATION_MAX } from '../../../core/rounds/round-input.ts';

const nameOf = (lang: Language, c: RoundCriterion) => (lang === 'en' ? (c.nameEn ?? c.name) : c.name);

/** "Höchstens 4.000 Zeichen." */
const justificationLimit = (lang: Language) =>
  t(lang, 'rndJustificationLimit').replace('{n}', JUSTIFICATION_MAX.toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE'));

/**
 * The name of a refused field in the error summary, with its criterion: "Begründung zu „Kosteneffizienz“",
 * "Bewertung: Kosteneffizienz".
 */
function refusedFieldName(lang: Language, criteria: readonly RoundCriterion[], field: string): string | undefined {
  const [, key, part] = /^scores\.([^.]+)(?:\.(value|justification))?$/.exec(field) ?? [];
  const criterion = criteria.find((c) => c.key === key);
  if (!criterion) return undefined;
  const quote = lang === 'en' ? ['“', '”'] : ['„', '“'];
  return part === 'justification'
    ? `${t(lang, 'rndJustificationOf')} ${quote[0]}${nameOf(lang, criterion)}${quote[1]}`
    : `${t(lang, 'rndFieldScores')}: ${nameOf(lang, criterion)}`;
}

/** One criterion of the sheet: legend, guidance, a radio per point of the scale and "no basis", the justification. */
function CriterionFieldset(props: {
  lang: Language;
  criterion: RoundCriterion;
  scale: { min: number; max: number };
  value: string;
  justification: string;
  readOnly: boolean;
  errors: Record<string, string>;
}) {
  const { lang, criterion: c, errors } = props;
  const id = `scores-${c.key}`;
  const valueError = errors[`scores.${c.key}.value`] ?? errors[`scores.${c.key}`];
  const justificationError = errors[`scores.${c.key}.justification`];
  const points: { value: string; label: string }[] = [];
  for (let v = props.scale.min; v <= props.scale.max; v++) {
    const anchor = c.anchors.find((a) => a.value === v);
    const text = anchor ? (lang === 'en' ? (anchor.labelEn ?? anchor.label) : anchor.label) : '';
    points.push({ value: String(v), label: text ? `${v} – ${text}` : String(v) });
  }
  points.push({ value: NO_BASIS, label: t(lang, 'rndNoBasis') });
  const guidanceId = `${id}-guidance`;
  return (
    <fieldset
      className={`kern-fieldset score-criterion${valueError || justificationError ? ' kern-fieldset--error' : ''}`}
      id={`${id}-value`}
      aria-describedby={[guidanceId, valueError ? `${id}-value-error` : null].filter(Boolean).join(' ')}
    >
      <legend className="kern-label kern-label--large">{nameOf(lang, c)}</legend>
      <div className="kern-fieldset__body">
        <p className="kern-hint" id={guidanceId}>
          {lang === 'en' ? (c.guidanceEn ?? c.guidance) : c.guidance}
        </p>
        {valueError ? (
          <p className="kern-error" id={`${id}-value-error`} role="alert">
            {valueError}
          </p>
        ) : null}
        {points.map((p) => (
          <div key={p.value} className="kern-form-check">
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`${id}-${p.value}`}
              name={valueField(c.key)}
              value={p.value}
              defaultChecked={props.value === p.value}
              disabled={props.readOnly}
            />
            <label className="kern-label" htmlFor={`${id}-${p.value}`}>
              {p.label}
            </label>
          </div>
        ))}
        <div className={`kern-form-input${justificationError ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={`${id}-justification`}>
            {t(lang, 'rndJustification')}: {nameOf(lang, c)}
          </label>
          <div className="kern-hint" id={`${id}-justification-hint`}>
            {t(lang, 'rndJustificationHint')} {justificationLimit(lang)}
          </div>
          {justificationError ? (
            <p className="kern-error" id={`${id}-justification-error`} role="alert">
              {`${nameOf(lang, c)}: ${justificationError}`}
            </p>
          ) : null}
          <textarea
            className={`kern-form-input__input${justificationError ? ' kern-form-input__input--error' : ''}`}
            id={`${id}-justification`}
            name={justificationField(c.key)}
            rows={3}
            defaultValue={props.justification}
            readOnly={props.readOnly}
            aria-invalid={justificationError ? true : undefined}
            aria-describedby={[justificationError ? `${id}-justification-error` : null, `${id}-justification-hint`]
              .filter(Boolean)
              .join(' ')}
          />
        </div>
      </div>
    </fieldset>
  );
}

/**
 * An assessor's scoring sheet for one partnership: a fieldset per criterion, "save draft" and
 * "submit". Submitted criteria (and the whole sheet outside scoring, or for coordinators) are read-only.
 */
export function ScoreForm(props: {
  lang: Language;
  csrfToken: string;
  criteria: RoundCriterion[];
  scale: { min: number; max: number };
  own: StoredScore[];
  editable: boolean;
  refused: { values: Record<string, string>; errors: Record<string, string> } | null;
}) {
  const { lang, criteria, own, refused } = props;
  const errors = refused?.errors ?? {};
  const open = criteria.filter((c) => !own.some((s) => s.criterion === c.key && s.state === 'submitted'));
  const sheet = (
    <>
      {criteria.map((c) => {
        const stored = own.find((s) => s.criterion === c.key);
        const submitted = stored?.state === 'submitted';
        const fromForm = refused && !submitted;
        return (
          <CriterionFieldset
            key={c.key}
            lang={lang}
            criterion={c}
            scale={props.scale}
            value={
              fromForm
                ? (refused.values[valueField(c.key)] ?? '')
                : stored?.scored
                  ? stored.value === null
                    ? NO_BASIS
                    : String(stored.value)
                  : ''
            }
            justification={fromForm ? (refused.values[justificationField(c.key)] ?? '') : (stored?.justification ?? '')}
            readOnly={!props.editable || submitted}
            errors={errors}
          />
        );
      })}
    </>
  );
  if (!props.editable || open.length === 0) return <div className="score-sheet">{sheet}</div>;
  return (
    <>
      <RoundErrorSummary
        lang={lang}
        id="score-errors"
        idPrefix=""
        errors={errors}
        labels={{}}
        name={(f) => refusedFieldName(lang, criteria, f)}
      />
      {errors.form ? (
        <p className="kern-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <form method="post" className="form-stack score-sheet" noValidate>
        <input type="hidden" name="csrf" value={props.csrfToken} />
        {sheet}
        <div className="page-actions">
          <button type="submit" name="intent" value="draft" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t(lang, 'rndSaveDraft')}</span>
          </button>
          <button type="submit" name="intent" value="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'rndSubmit')}</span>
          </button>
        </div>
      </form>
    </>
  );
}

/** The other visible scores of the partnership (own ministry before close; every ministry after). */
export function OtherScores(props: {
  lang: Language;
  closed: boolean;
  /** Whether the viewer scores in the round (then the heading speaks of their own ministry). */
  assessing: boolean;
  criteria: RoundCriterion[];
  scores: StoredScore[];
}) {
  const { lang } = props;
  return (
    <section className="section" aria-labelledby="other-scores">
      <h2 id="other-scores" className="kern-heading-large">
        {t(lang, props.closed ? 'rndOtherScoresAll' : props.assessing ? 'rndOtherScoresOwn' : 'rndOtherScores')}
      </h2>
      {props.scores.length === 0 ? (
        <p className="kern-body">{t(lang, 'rndNoOtherScores')}</p>
      ) : (
        props.criteria.map((c) => {
          const scores = props.scores.filter((s) => s.criterion === c.key);
          if (!scores.length) return null;
          return (
            <div key={c.key} className="other-scores">
              <h3 className="kern-heading-small">{nameOf(lang, c)}</h3>
              <ul className="plain-list">
                {scores.map((s) => (
                  <li key={`${s.assessorUserId}`} className="kern-body">
                    <strong>
                      {s.ministry.toUpperCase()}, {s.assessorName}:{' '}
                      {!s.scored
                        ? t(lang, 'rndNoPointYet')
                        : s.value === null
                          ? t(lang, 'rndNoBasis')
                          : `${t(lang, 'rndValue')} ${s.value}`}
                    </strong>{' '}
                    ({t(lang, s.state === 'submitted' ? 'rndStateSubmitted' : 'rndStateDraft')})
                    {s.justification ? (
                      <>
                        {' '}
                        – <span lang="de">{s.justification}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
