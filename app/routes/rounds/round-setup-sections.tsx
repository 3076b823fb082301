import type { ReactNode } from 'react';
import type { PartnershipStatus } from '../../../core/shared/vocabulary.ts';
import { t, type Language } from '../../../text/i18n.ts';
import type { SetupIntent, SetupRefusal } from './round-setup-action.ts';
import {
  CheckboxList,
  RoundErrorSummary,
  SETTINGS_LABELS,
  SettingsFields,
  type SettingsValues,
} from './round-fields.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';

/** A form of the setup page: its intent, the CSRF token, its fields and one button. */
export function SetupForm(props: {
  csrfToken: string;
  intent: SetupIntent;
  submit: string;
  children: ReactNode;
  hidden?: Record<string, string>;
  secondary?: boolean;
}) {
  return (
    <form method="post" className="form-stack form-stack--wide" noValidate>
      <input type="hidden" name="csrf" value={props.csrfToken} />
      <input type="hidden" name="intent" value={props.intent} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children}
      <button type="submit" className={`kern-btn ${props.secondary ? 'kern-btn--secondary' : 'kern-btn--primary'}`}>
        <span className="kern-label">{props.submit}</span>
      </button>
    </form>
  );
}

/** A section of the setup page with its anchor and heading. */
export function SetupSection(props: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="section" id={props.id} aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`} className="kern-heading-large">
        {props.title}
      </h2>
      {props.intro ? <p className="kern-body">{props.intro}</p> : null}
      {props.children}
    </section>
  );
}

const refusedFor = (refused: SetupRefusal | null, intent: SetupIntent) => (refused?.intent === intent ? refused : null);
const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** Name, occasion, period and deadlines: a form while the round is a draft. */
export function SettingsSection(props: {
  lang: Language;
  csrfToken: string;
  editable: boolean;
  current: SettingsValues;
  refused: SetupRefusal | null;
}) {
  const { lang } = props;
  const refused = refusedFor(props.refused, 'settings');
  const errors = refused?.errors ?? {};
  const values: SettingsValues = refused
    ? {
        name: str(refused.values.name),
        occasion: str(refused.values.occasion),
        periodFrom: str(refused.values.periodFrom),
        periodTo: str(refused.values.periodTo),
        scoringDeadline: str(refused.values.scoringDeadline),
        reportDeadline: str(refused.values.reportDeadline),
      }
    : props.current;
  if (!props.editable) return null;
  return (
    <SetupSection id="einstellungen" title={t(lang, 'rndSettings')}>
      <RoundErrorSummary
        lang={lang}
        id="settings-errors"
        idPrefix="settings"
        errors={errors}
        labels={SETTINGS_LABELS}
      />
      <SetupForm csrfToken={props.csrfToken} intent="settings" submit={t(lang, 'rndSaveSettings')}>
        <SettingsFields lang={lang} idPrefix="settings" values={values} errors={errors} />
      </SetupForm>
    </SetupSection>
  );
}

export interface ScopeOption {
  key: string;
  name: string;
  nameEn: string;
  status: PartnershipStatus;
}

/** The partnerships in scope: checkboxes (with status, dormant ones marked) while the round is a draft. */
export function ScopeSection(props: {
  lang: Language;
  csrfToken: string;
  editable: boolean;
  choices: ScopeOption[];
  inScope: string[];
  refused: SetupRefusal | null;
}) {
  const { lang } = props;
  const refused = refusedFor(props.refused, 'scope');
  const name = (p: ScopeOption) => (lang === 'en' ? p.nameEn : p.name);
  const note = (p: ScopeOption) => (
    <>
      <StatusBadge status={p.status} lang={lang} />
      {p.status === 'under_examination' ? <span className="kern-body--small"> ({t(lang, 'rndCandidate')})</span> : null}
    </>
  );
  return (
    <SetupSection id="umfang" title={t(lang, 'rndScope')} intro={t(lang, 'rndScopeIntro')}>
      {props.editable ? (
        <SetupForm csrfToken={props.csrfToken} intent="scope" submit={t(lang, 'rndSaveScope')}>
          <CheckboxList
            name="partnerships"
            idPrefix="scope"
            legend={t(lang, 'rndFieldPartnerships')}
            options={props.choices.map((p) => ({ value: p.key, label: name(p), note: note(p) }))}
            checked={refused ? list(refused.values.partnerships) : props.inScope}
            error={refused?.errors.partnerships}
          />
        </SetupForm>
      ) : (
        <ul className="plain-list">
          {props.choices
            .filter((p) => props.inScope.includes(p.key))
            .map((p) => (
              <li key={p.key} className="kern-body">
                {name(p)} {note(p)}
              </li>
            ))}
        </ul>
      )}
    </SetupSection>
  );
}

export interface MinistryOption {
  key: string;
  label: string;
  assessors: { userId: number; displayName: string }[];
}

/** Participating ministries and their assessors, one form (assessors can change while scoring runs). */
export function ParticipantsSection(props: {
  lang: Language;
  csrfToken: string;
  editable: boolean;
  ministries: MinistryOption[];
  chosenMinistries: string[];
  chosenAssessors: number[];
  refused: SetupRefusal | null;
}) {
  const { lang } = props;
  const refused = refusedFor(props.refused, 'participants');
  const errors = refused?.errors ?? {};
  const ministries = refused ? list(refused.values.ministries) : props.chosenMinistries;
  const assessors = refused ? list(refused.values.assessors) : props.chosenAssessors.map(String);
  if (!props.editable)
    return (
      <SetupSection id="beteiligte" title={t(lang, 'rndParticipants')}>
        <ul className="plain-list">
          {props.ministries
            .filter((m) => ministries.includes(m.key))
            .map((m) => (
              <li key={m.key} className="kern-body">
                {m.label}:{' '}
                {m.assessors
                  .filter((a) => assessors.includes(String(a.userId)))
                  .map((a) => a.displayName)
                  .join(', ') || t(lang, 'rndNoAssessors')}
              </li>
            ))}
        </ul>
      </SetupSection>
    );
  return (
    <SetupSection id="beteiligte" title={t(lang, 'rndParticipants')} intro={t(lang, 'rndParticipantsIntro')}>
      <RoundErrorSummary
        lang={lang}
        id="participants-errors"
        idPrefix="participants"
        errors={errors}
        labels={{ ministries: 'rndFieldMinistries', assessors: 'rndFieldAssessors' }}
      />
      <SetupForm csrfToken={props.csrfToken} intent="participants" submit={t(lang, 'rndSaveParticipants')}>
        <CheckboxList
          name="ministries"
          idPrefix="participants"
          legend={t(lang, 'rndMinistries')}
          options={props.ministries.map((m) => ({ value: m.key, label: m.label }))}
          checked={ministries}
          error={errors.ministries}
        />
        <fieldset
          className={`kern-fieldset${errors.assessors ? ' kern-fieldset--error' : ''}`}
          id="participants-assessors"
          aria-describedby={errors.assessors ? 'participants-assessors-error' : undefined}
        >
          <legend className="kern-label">{t(lang, 'rndAssessors')}</legend>
          <div className="kern-fieldset__body">
            {errors.assessors ? (
              <p className="kern-error" id="participants-assessors-error" role="alert">
                {errors.assessors}
              </p>
            ) : null}
            {props.ministries
              .filter((m) => m.assessors.length > 0)
              .map((m) => (
                <fieldset key={m.key} className="kern-fieldset assessor-group">
                  <legend className="kern-label kern-label--small">{m.label}</legend>
                  <div className="kern-fieldset__body checkbox-grid">
                    {m.assessors.map((a) => (
                      <div key={a.userId} className="kern-form-check">
                        <input
                          className="kern-form-check__checkbox"
                          type="checkbox"
                          id={`participants-assessor-${a.userId}`}
                          name="assessors"
                          value={a.userId}
                          defaultChecked={assessors.includes(String(a.userId))}
                        />
                        <label className="kern-label" htmlFor={`participants-assessor-${a.userId}`}>
                          {a.displayName}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              ))}
          </div>
        </fieldset>
      </SetupForm>
    </SetupSection>
  );
}
