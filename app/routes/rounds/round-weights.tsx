import type { RoundCriterion, RoundSummary } from '../../../core/rounds/round.types.ts';
import { weightMethods } from '../../../core/shared/vocabulary.ts';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { fill, formatNumber, formatPercent } from './round-format.ts';
import { pairField, ratingField, SAATY_VALUES, saatyText, type SetupRefusal } from './round-setup-action.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { SetupForm, SetupSection } from './round-setup-sections.tsx';

/** The words of Saaty's scale for a value the form sends ("3": A moderately more important, "1/3": B …). */
function saatyWords(lang: Language, value: string): string {
  const n = value.startsWith('1/') ? value.slice(2) : value;
  const text = t(lang, `rndSaaty${n}` as MessageKey);
  return fill(text, { x: value.startsWith('1/') ? 'B' : 'A' });
}

/** The judgement of a pair as stored (in either order), as the form shows it; '' when not compared. */
function judged(round: RoundSummary, a: string, b: string): string {
  const j = round.judgements.find((x) => (x.first === a && x.second === b) || (x.first === b && x.second === a));
  if (!j) return '';
  return saatyText(j.first === a ? j.value : 1 / j.value);
}

const nameOf = (lang: Language, c: RoundCriterion) => (lang === 'en' ? (c.nameEn ?? c.name) : c.name);

/** The weights in force, with the consistency ratio of pairwise comparison and what is still missing. */
function CurrentWeights(props: {
  lang: Language;
  round: RoundSummary;
  criteria: RoundCriterion[];
  issues: { field: string }[];
}) {
  const { lang, round } = props;
  const cr = round.consistencyRatio;
  const missingPairs = props.issues.filter((i) => i.field.startsWith('judgements.')).length;
  const missingRatings = props.issues.filter((i) => i.field.startsWith('ratings.')).length;
  return (
    <div id="aktuelle-gewichte">
      <h3 className="kern-heading-medium">{t(lang, 'rndCurrentWeights')}</h3>
      {cr !== null && cr > 0.1 ? (
        <div className="kern-alert kern-alert--warning" role="alert" id="consistency-warning">
          <div className="kern-alert__body">
            <p className="kern-body kern-body--bold">{`${t(lang, 'rndConsistency')}: ${formatNumber(cr, lang, 3)}`}</p>
            <p className="kern-body">{t(lang, 'rndInconsistent')}</p>
          </div>
        </div>
      ) : cr !== null ? (
        <p className="kern-body">
          {`${t(lang, 'rndConsistency')}: ${formatNumber(cr, lang, 3)} – ${t(lang, 'rndConsistent')}`}
        </p>
      ) : null}
      {missingPairs || missingRatings ? (
        <p className="kern-body">
          {t(lang, 'rndWeightsIncomplete')} {missingPairs ? `${missingPairs} ${t(lang, 'rndJudgementsMissing')}` : ''}
          {missingRatings ? `${missingRatings} ${t(lang, 'rndRatingsMissing')}` : ''}
        </p>
      ) : null}
      <ScrollTable lang={lang} caption={t(lang, 'rndCurrentWeights')} columns={['rndCriterion', 'rndWeight']}>
        {props.criteria.map((c) => (
          <tr key={c.key} className="kern-table__row">
            <th scope="row" className="kern-table__cell">
              {nameOf(lang, c)}
            </th>
            <td className="kern-table__cell numeric">{formatPercent(c.weight, lang)}</td>
          </tr>
        ))}
      </ScrollTable>
    </div>
  );
}

/** How the criteria are weighted: the method, a rating per criterion, a judgement per pair; and the result. */
export function WeightsSection(props: {
  lang: Language;
  csrfToken: string;
  editable: boolean;
  round: RoundSummary;
  criteria: RoundCriterion[];
  issues: { field: string }[];
  refused: SetupRefusal | null;
}) {
  const { lang, round, criteria } = props;
  const refused = props.refused?.intent === 'weights' ? props.refused : null;
  const errors = refused?.errors ?? {};
  const value = (name: string, fallback: string) => {
    const v = refused?.values[name];
    return refused ? (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')) : fallback;
  };
  const method = value('method', round.weightMethod);
  const pairs = criteria.flatMap((a, i) => criteria.slice(i + 1).map((b) => [a, b] as const));
  return (
    <SetupSection id="gewichte" title={t(lang, 'rndWeights')} intro={t(lang, 'rndWeightsIntro')}>
      <CurrentWeights lang={lang} round={round} criteria={criteria} issues={props.issues} />
      {props.editable ? (
        <SetupForm csrfToken={props.csrfToken} intent="weights" submit={t(lang, 'rndSaveWeights')}>
          <fieldset className="kern-fieldset" id="weights-method">
            <legend className="kern-label">{t(lang, 'rndMethod')}</legend>
            <div className="kern-fieldset__body">
              {weightMethods.map((m) => (
                <div key={m} className="kern-form-check">
                  <input
                    className="kern-form-check__radio"
                    type="radio"
                    id={`weights-method-${m}`}
                    name="method"
                    value={m}
                    defaultChecked={method === m}
                  />
                  <label className="kern-label" htmlFor={`weights-method-${m}`}>
                    {label(lang, 'weightMethod', m)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="kern-fieldset" id="weights-ratings" aria-describedby="weights-ratings-hint">
            <legend className="kern-label">{t(lang, 'rndDirect')}</legend>
            <div className="kern-fieldset__body">
              <div className="kern-hint" id="weights-ratings-hint">
                {t(lang, 'rndDirectHint')}
              </div>
              {criteria.map((c) => {
                const id = `weights-ratings-${c.key}`;
                const error = errors[`ratings.${c.key}`];
                return (
                  <div key={c.key} className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
                    <label className="kern-label" htmlFor={id}>
                      {t(lang, 'rndRating')} {nameOf(lang, c)}
                    </label>
                    {error ? (
                      <p className="kern-error" id={`${id}-error`} role="alert">
                        {error}
                      </p>
                    ) : null}
                    <input
                      className={`kern-form-input__input rating-input${error ? ' kern-form-input__input--error' : ''}`}
                      id={id}
                      name={ratingField(c.key)}
                      type="text"
                      inputMode="decimal"
                      defaultValue={value(ratingField(c.key), c.rating === null ? '' : formatNumber(c.rating, lang))}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                    />
                  </div>
                );
              })}
            </div>
          </fieldset>
          <fieldset
            className={`kern-fieldset${errors.judgements ? ' kern-fieldset--error' : ''}`}
            id="weights-judgements"
            aria-describedby={`weights-judgements-hint${errors.judgements ? ' weights-judgements-error' : ''}`}
          >
            <legend className="kern-label">{t(lang, 'rndPairwise')}</legend>
            <div className="kern-fieldset__body">
              <div className="kern-hint" id="weights-judgements-hint">
                {t(lang, 'rndPairwiseHint')}
              </div>
              {errors.judgements ? (
                <p className="kern-error" id="weights-judgements-error" role="alert">
                  {errors.judgements}
                </p>
              ) : null}
              <ol className="plain-list pair-list">
                {pairs.map(([a, b]) => {
                  const id = `pair-${a.key}-${b.key}`;
                  return (
                    <li key={id} className="pair">
                      <label className="kern-label" htmlFor={id}>
                        {fill(t(lang, 'rndPairLabel'), { a: nameOf(lang, a), b: nameOf(lang, b) })}
                      </label>
                      <div className="kern-form-input__select-wrapper">
                        <select
                          className="kern-form-input__select"
                          id={id}
                          name={pairField(a.key, b.key)}
                          defaultValue={value(pairField(a.key, b.key), judged(round, a.key, b.key))}
                        >
                          <option value="">{t(lang, 'rndPairOpen')}</option>
                          {SAATY_VALUES.map((v) => (
                            <option key={v} value={v}>
                              {saatyWords(lang, v)}
                            </option>
                          ))}
                        </select>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </div>
          </fieldset>
        </SetupForm>
      ) : null}
    </SetupSection>
  );
}
