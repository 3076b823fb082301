import type { RoundCriterion } from '../../../core/rounds/round.types.ts';
import { t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { fill } from './round-format.ts';
import type { SetupRefusal } from './round-setup-action.ts';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import { RoundErrorSummary } from './round-fields.tsx';
import { SetupForm, SetupSection } from './round-setup-sections.tsx';

const LABELS: Record<string, MessageKey> = {
  key: 'rndCriterionKey',
  name: 'rndCriterionName',
  nameEn: 'rndCriterionNameEn',
  guidance: 'rndGuidance',
  guidanceEn: 'rndGuidanceEn',
  anchors: 'rndAnchors',
  goalKey: 'rndGoal',
};

type Goal = { value: string; label: string };
type Values = Record<string, string | string[]>;
const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** A stored criterion as the form shows it. */
function valuesOf(c: RoundCriterion): Values {
  const values: Values = {
    key: c.key,
    name: c.name,
    nameEn: c.nameEn ?? '',
    guidance: c.guidance,
    guidanceEn: c.guidanceEn ?? '',
    goalKey: c.goalKey ?? '',
  };
  for (const a of c.anchors) {
    values[`anchor:${a.value}`] = a.label;
    values[`anchorEn:${a.value}`] = a.labelEn ?? '';
  }
  return values;
}

/** The fields of a criterion: texts in both languages, a description per point of the scale, the goal. */
function CriterionFields(props: {
  lang: Language;
  idPrefix: string;
  values: Values;
  errors: Record<string, string>;
  scale: { min: number; max: number };
  goals: Goal[];
  withKey: boolean;
}) {
  const { lang, idPrefix, values, errors } = props;
  const field = (name: string, required = false) => ({
    name,
    idPrefix,
    label: t(lang, LABELS[name]!),
    error: errors[name],
    defaultValue: str(values[name]),
    required,
  });
  const points: number[] = [];
  for (let v = props.scale.min; v <= props.scale.max; v++) points.push(v);
  return (
    <>
      {props.withKey ? <InputField {...field('key', true)} hint={t(lang, 'rndKeyHint')} /> : null}
      <InputField {...field('name', true)} />
      <InputField {...field('nameEn')} />
      <InputField {...field('guidance', true)} multiline />
      <InputField {...field('guidanceEn')} multiline />
      <fieldset
        className={`kern-fieldset${errors.anchors ? ' kern-fieldset--error' : ''}`}
        id={`${idPrefix}-anchors`}
        aria-describedby={`${idPrefix}-anchors-hint${errors.anchors ? ` ${idPrefix}-anchors-error` : ''}`}
      >
        <legend className="kern-label">{t(lang, 'rndAnchors')}</legend>
        <div className="kern-fieldset__body">
          <div className="kern-hint" id={`${idPrefix}-anchors-hint`}>
            {t(lang, 'rndAnchorsHint')}
          </div>
          {errors.anchors ? (
            <p className="kern-error" id={`${idPrefix}-anchors-error`} role="alert">
              {errors.anchors}
            </p>
          ) : null}
          {points.map((v) => (
            <div key={v} className="anchor-pair">
              <InputField
                name={`anchor:${v}`}
                idPrefix={`${idPrefix}-a${v}`}
                label={`${t(lang, 'rndAnchor')} ${v}`}
                defaultValue={str(values[`anchor:${v}`])}
              />
              <InputField
                name={`anchorEn:${v}`}
                idPrefix={`${idPrefix}-e${v}`}
                label={`${t(lang, 'rndAnchorEn')} ${v}`}
                defaultValue={str(values[`anchorEn:${v}`])}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <SelectField {...field('goalKey')} options={[{ value: '', label: t(lang, 'rndNoGoal') }, ...props.goals]} />
    </>
  );
}

/** The passage of the strategy a criterion rests on. */
function Basis({ lang, basis }: { lang: Language; basis: NonNullable<RoundCriterion['basis']> }) {
  return (
    <figure className="citation">
      <blockquote className="kern-body quote" lang="de">
        „{basis.quote}“
      </blockquote>
      <figcaption className="kern-body--small">
        {t(lang, 'rndBasis')}: <cite>{basis.documentKey}</cite>, {basis.locator}
      </figcaption>
    </figure>
  );
}

/** The criteria with guidance, anchors, goal and basis; while a draft, edit, add and remove forms. */
export function CriteriaSection(props: {
  lang: Language;
  csrfToken: string;
  roundKey: string;
  editable: boolean;
  criteria: RoundCriterion[];
  scale: { min: number; max: number };
  goals: Goal[];
  removing: string | null;
  setupHref: string;
  refused: SetupRefusal | null;
}) {
  const { lang, csrfToken, editable, refused } = props;
  const goalLabel = (key: string | null) => props.goals.find((g) => g.value === key)?.label ?? t(lang, 'rndNoGoal');
  const removing = props.criteria.find((c) => c.key === props.removing) ?? null;
  const adding = refused?.intent === 'criterion-add';
  return (
    <SetupSection id="kriterien" title={t(lang, 'rndCriteria')} intro={t(lang, 'rndCriteriaIntro')}>
      {refused?.intent === 'criterion-remove' && refused.errors.form ? (
        <p className="kern-error" role="alert">
          {refused.errors.form}
        </p>
      ) : null}
      {editable && removing ? (
        <div className="kern-alert kern-alert--warning" role="alert" id="remove-confirm">
          <div className="kern-alert__body">
            <p className="kern-body">{fill(t(lang, 'rndRemoveConfirm'), { name: removing.name })}</p>
            <SetupForm
              csrfToken={csrfToken}
              intent="criterion-remove"
              submit={t(lang, 'rndRemoveYes')}
              hidden={{ criterion: removing.key }}
            >
              <a className="kern-link" href={`${props.setupHref}#kriterien`}>
                {t(lang, 'rndCancel')}
              </a>
            </SetupForm>
          </div>
        </div>
      ) : null}
      <ol className="plain-list criteria-list">
        {props.criteria.map((c) => {
          const refusedHere = refused?.intent === 'criterion-update' && refused.criterion === c.key ? refused : null;
          const name = lang === 'en' ? (c.nameEn ?? c.name) : c.name;
          const idPrefix = `criterion-${c.key}`;
          return (
            <li key={c.key} className="entry" id={idPrefix}>
              <h3 className="kern-heading-medium">{name}</h3>
              <p className="kern-body">{lang === 'en' ? (c.guidanceEn ?? c.guidance) : c.guidance}</p>
              <dl className="facts kern-body">
                <dt>{t(lang, 'rndGoal')}</dt>
                <dd>{goalLabel(c.goalKey)}</dd>
                <dt>{t(lang, 'rndAnchors')}</dt>
                <dd>
                  <ul className="plain-list">
                    {c.anchors.map((a) => (
                      <li key={a.value}>
                        {a.value}: {lang === 'en' ? (a.labelEn ?? a.label) : a.label}
                      </li>
                    ))}
                  </ul>
                </dd>
              </dl>
              {c.basis ? <Basis lang={lang} basis={c.basis} /> : null}
              {editable ? (
                <>
                  <details className="criterion-edit" open={!!refusedHere}>
                    <summary className="kern-body">
                      {t(lang, 'rndEditCriterion')}: {name}
                    </summary>
                    <RoundErrorSummary
                      lang={lang}
                      id={`${idPrefix}-errors`}
                      idPrefix={idPrefix}
                      errors={refusedHere?.errors ?? {}}
                      labels={LABELS}
                    />
                    <SetupForm
                      csrfToken={csrfToken}
                      intent="criterion-update"
                      submit={t(lang, 'rndSaveCriterion')}
                      hidden={{ criterion: c.key }}
                    >
                      <CriterionFields
                        lang={lang}
                        idPrefix={idPrefix}
                        values={refusedHere?.values ?? valuesOf(c)}
                        errors={refusedHere?.errors ?? {}}
                        scale={props.scale}
                        goals={props.goals}
                        withKey={false}
                      />
                    </SetupForm>
                  </details>
                  <p className="kern-body">
                    <a
                      className="kern-link"
                      href={`${props.setupHref}${props.setupHref.includes('?') ? '&' : '?'}entfernen=${encodeURIComponent(c.key)}#kriterien`}
                    >
                      {t(lang, 'rndRemoveCriterion')}
                      <span className="visually-hidden"> {name}</span>
                    </a>
                  </p>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
      {editable ? (
        <details className="criterion-edit" open={adding}>
          <summary className="kern-body">{t(lang, 'rndAddCriterion')}</summary>
          <RoundErrorSummary
            lang={lang}
            id="criterion-new-errors"
            idPrefix="criterion-new"
            errors={adding ? refused!.errors : {}}
            labels={LABELS}
          />
          <SetupForm csrfToken={csrfToken} intent="criterion-add" submit={t(lang, 'rndAddCriterion')}>
            <CriterionFields
              lang={lang}
              idPrefix="criterion-new"
              values={adding ? refused!.values : {}}
              errors={adding ? refused!.errors : {}}
              scale={props.scale}
              goals={props.goals}
              withKey
            />
          </SetupForm>
        </details>
      ) : null}
    </SetupSection>
  );
}
