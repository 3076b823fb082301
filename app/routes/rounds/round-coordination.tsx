import type { RoundSummary } from '../../../core/rounds/round.types.ts';
import { t, type Language, type MessageKey } from '../../../text/i18n.ts';
import type { RoundIntent, RoundRefusal } from './round-action.ts';
import { InputField } from '../../components/form-fields.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';

const FIELD_LABELS: Record<string, MessageKey> = {
  status: 'rndFieldStatus',
  partnerships: 'rndFieldPartnerships',
  ministries: 'rndFieldMinistries',
  assessors: 'rndFieldAssessors',
  criteria: 'rndFieldCriteria',
  ratings: 'rndFieldRatings',
  judgements: 'rndFieldJudgements',
  recommendations: 'rndFieldRecommendations',
  key: 'rndNewKey',
  message: 'rndReminderMessage',
};

/** Why a step was refused, field by field (a field's name up to its first dot names it). */
function Refusal({ lang, errors, id }: { lang: Language; errors: Record<string, string>; id: string }) {
  return (
    <FormErrorSummary
      lang={lang}
      id={id}
      heading="rndPhaseRefused"
      errors={errors}
      fields={Object.keys(errors).filter((f) => f !== 'key' && f !== 'message')}
      anchor={null}
      name={(f) => {
        const key = FIELD_LABELS[f.split('.')[0]!];
        return key ? t(lang, key) : undefined;
      }}
    />
  );
}

const STEPS: Record<RoundSummary['status'], { intent: RoundIntent; label: MessageKey; confirm: MessageKey }[]> = {
  draft: [{ intent: 'start-scoring', label: 'rndStartScoring', confirm: 'rndStartScoringConfirm' }],
  scoring: [{ intent: 'end-scoring', label: 'rndEndScoring', confirm: 'rndEndScoringConfirm' }],
  review: [
    { intent: 'reopen-scoring', label: 'rndReopenScoring', confirm: 'rndReopenScoringConfirm' },
    { intent: 'close', label: 'rndCloseRound', confirm: 'rndCloseRoundConfirm' },
  ],
  closed: [{ intent: 'correct', label: 'rndOpenCorrection', confirm: 'rndOpenCorrectionConfirm' }],
};

/** The coordinators' steps from one phase to the next, each a small form that says what it does. */
export function PhaseActions(props: {
  lang: Language;
  csrfToken: string;
  round: RoundSummary;
  refused: RoundRefusal | null;
}) {
  const { lang, csrfToken, round, refused } = props;
  const steps = STEPS[round.status].filter((s) => s.intent !== 'correct' || !round.correctedBy);
  if (!steps.length) return null;
  return (
    <section className="section" aria-labelledby="round-phase">
      <h2 id="round-phase" className="kern-heading-large">
        {t(lang, 'rndPhaseActions')}
      </h2>
      {steps.map((s) => {
        const errors = refused?.intent === s.intent ? refused.errors : {};
        return (
          <form key={s.intent} method="post" className="form-stack phase-step" aria-labelledby={`step-${s.intent}`}>
            <input type="hidden" name="csrf" value={csrfToken} />
            <input type="hidden" name="intent" value={s.intent} />
            <h3 id={`step-${s.intent}`} className="kern-heading-medium">
              {t(lang, s.label)}
            </h3>
            <p className="kern-body">{t(lang, s.confirm)}</p>
            <Refusal lang={lang} errors={errors} id={`step-${s.intent}-errors`} />
            {s.intent === 'correct' ? (
              <InputField
                name="key"
                idPrefix="correct"
                label={t(lang, 'rndNewKey')}
                hint={t(lang, 'rndKeyHint')}
                error={errors.key}
                defaultValue={refused?.intent === 'correct' ? refused.values.key : `${round.key}-korrektur`}
                required
              />
            ) : null}
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t(lang, s.label)}</span>
            </button>
          </form>
        );
      })}
    </section>
  );
}

export interface ProgressRow {
  ministry: { key: string; name: string; abbreviation: string | null };
  assessors: { userId: number; displayName: string; submitted: number; drafts: number }[];
}

/** How far each ministry and assessor has got, with a reminder form per ministry while scoring runs. */
export function ProgressSection(props: {
  lang: Language;
  csrfToken: string;
  rows: ProgressRow[];
  expectedPerAssessor: number;
  reminder: string | null;
  refused: RoundRefusal | null;
}) {
  const { lang, rows, expectedPerAssessor: expected } = props;
  const sum = (r: ProgressRow, f: 'submitted' | 'drafts') => r.assessors.reduce((n, a) => n + a[f], 0);
  return (
    <section className="section" aria-labelledby="round-progress">
      <h2 id="round-progress" className="kern-heading-large">
        {t(lang, 'rndProgress')}
      </h2>
      <p className="kern-body">{t(lang, 'rndProgressIntro')}</p>
      <ScrollTable
        lang={lang}
        caption={t(lang, 'rndProgress')}
        columns={['rndMinistry', 'rndAssessor', 'rndSubmitted', 'rndExpected', 'rndDrafts']}
      >
        {rows.flatMap((r) => [
          <tr key={r.ministry.key} className="kern-table__row progress-total">
            <th scope="row" className="kern-table__cell">
              {r.ministry.abbreviation ?? r.ministry.key} – {r.ministry.name}
            </th>
            <td className="kern-table__cell">{r.assessors.length ? null : t(lang, 'rndNoAssessors')}</td>
            <td className="kern-table__cell numeric">{sum(r, 'submitted')}</td>
            <td className="kern-table__cell numeric">{expected * r.assessors.length}</td>
            <td className="kern-table__cell numeric">{sum(r, 'drafts')}</td>
          </tr>,
          ...r.assessors.map((a) => (
            <tr key={`${r.ministry.key}-${a.userId}`} className="kern-table__row">
              <td className="kern-table__cell" />
              <td className="kern-table__cell">{a.displayName}</td>
              <td className="kern-table__cell numeric">{a.submitted}</td>
              <td className="kern-table__cell numeric">{expected}</td>
              <td className="kern-table__cell numeric">{a.drafts}</td>
            </tr>
          )),
        ])}
      </ScrollTable>
      {props.reminder !== null
        ? rows.map((r) => {
            const refused = props.refused?.intent === 'remind' && props.refused.ministry === r.ministry.key;
            const errors = refused ? props.refused!.errors : {};
            const id = `remind-${r.ministry.key}`;
            return (
              <details key={r.ministry.key} className="reminder" open={refused}>
                <summary className="kern-body">
                  {t(lang, 'rndRemind')}: {r.ministry.abbreviation ?? r.ministry.key}
                </summary>
                <form method="post" className="form-stack">
                  <input type="hidden" name="csrf" value={props.csrfToken} />
                  <input type="hidden" name="intent" value="remind" />
                  <input type="hidden" name="ministry" value={r.ministry.key} />
                  {errors.ministry ? (
                    <p className="kern-error" role="alert">
                      {errors.ministry}
                    </p>
                  ) : null}
                  <InputField
                    name="message"
                    idPrefix={id}
                    label={`${t(lang, 'rndReminderMessage')} (${r.ministry.abbreviation ?? r.ministry.key})`}
                    error={errors.message}
                    defaultValue={refused ? props.refused!.values.message : props.reminder!}
                    multiline
                    required
                  />
                  <button type="submit" className="kern-btn kern-btn--secondary">
                    <span className="kern-label">{t(lang, 'rndRemind')}</span>
                  </button>
                </form>
              </details>
            );
          })
        : null}
    </section>
  );
}
