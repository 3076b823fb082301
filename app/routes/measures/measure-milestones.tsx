import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { InputField } from '../../components/form-fields.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';

interface Milestone {
  id: number;
  title: string;
  dueOn: string | null;
  reachedOn: string | null;
}

const day = (value: string | null, lang: Language, empty: string) => (value ? formatPartialDate(value, lang) : empty);

/**
 * A measure's milestones (internal). Those who keep the measure record one as reached (with the
 * date, at its precision), remove one, or add one; each is its own plain form.
 */
export function MeasureMilestones(props: {
  lang: Language;
  csrfToken: string;
  milestones: Milestone[];
  mayKeep: boolean;
  /** The refused post, if it concerned a milestone form. */
  refused: {
    intent: string | null;
    milestoneId: number | null;
    values: Record<string, unknown>;
    errors: Record<string, string>;
  } | null;
}) {
  const { lang, milestones, mayKeep, refused, csrfToken } = props;
  const refusedHere = (intent: string, id: number | null = null) =>
    refused && refused.intent === intent && refused.milestoneId === id ? refused : null;
  const add = refusedHere('add-milestone');
  const hidden = (intent: string, id?: number) => (
    <>
      <input type="hidden" name="csrf" value={csrfToken} />
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="milestone" value={id} /> : null}
    </>
  );
  return (
    <section className="section" aria-labelledby="milestones">
      <h2 id="milestones" className="kern-heading-large">
        {t(lang, 'milestonesHeading')}
      </h2>
      {milestones.length ? (
        <ScrollTable
          lang={lang}
          caption={t(lang, 'milestonesHeading')}
          columns={['milestoneTitle', 'dueOn', 'reachedOn']}
        >
          {milestones.map((ms) => {
            const reach = refusedHere('reach-milestone', ms.id);
            return (
              <tr key={ms.id} className="kern-table__row">
                <th scope="row" className="kern-table__header" lang="de">
                  {ms.title}
                </th>
                <td className="kern-table__cell">{day(ms.dueOn, lang, t(lang, 'none'))}</td>
                <td className="kern-table__cell">
                  {ms.reachedOn ? formatPartialDate(ms.reachedOn, lang) : t(lang, 'notReached')}
                  {mayKeep ? (
                    <div className="milestone-actions">
                      {ms.reachedOn ? null : (
                        <form method="post" className="inline-form" noValidate>
                          {hidden('reach-milestone', ms.id)}
                          <InputField
                            name="reachedOn"
                            idPrefix={`reach-${ms.id}`}
                            label={`${t(lang, 'reachedOnLabel')}: ${ms.title}`}
                            hint={t(lang, 'dateHint')}
                            defaultValue={typeof reach?.values.reachedOn === 'string' ? reach.values.reachedOn : ''}
                            error={reach?.errors.reachedOn}
                          />
                          <button type="submit" className="kern-btn kern-btn--secondary">
                            <span className="kern-label">{t(lang, 'markReached')}</span>
                          </button>
                        </form>
                      )}
                      <form method="post" className="inline-form">
                        {hidden('remove-milestone', ms.id)}
                        <button
                          type="submit"
                          className="kern-btn kern-btn--tertiary"
                          aria-label={`${t(lang, 'removeMilestone')}: ${ms.title}`}
                        >
                          <span className="kern-label">{t(lang, 'removeMilestone')}</span>
                        </button>
                      </form>
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </ScrollTable>
      ) : (
        <p className="kern-body">{t(lang, 'noMilestones')}</p>
      )}
      {mayKeep ? (
        <>
          <h3 id="add-milestone" className="kern-heading-medium">
            {t(lang, 'addMilestoneHeading')}
          </h3>
          <FormErrorSummary
            lang={lang}
            id="milestone-errors"
            idPrefix="milestone"
            errors={add?.errors ?? {}}
            labels={{ title: 'milestoneTitleLabel', dueOn: 'dueOnLabel' }}
          />
          <form method="post" className="form-stack" noValidate aria-labelledby="add-milestone">
            {hidden('add-milestone')}
            <InputField
              name="title"
              idPrefix="milestone"
              label={t(lang, 'milestoneTitleLabel')}
              defaultValue={typeof add?.values.title === 'string' ? add.values.title : ''}
              error={add?.errors.title}
              required
            />
            <InputField
              name="dueOn"
              idPrefix="milestone"
              label={t(lang, 'dueOnLabel')}
              hint={t(lang, 'dateHint')}
              defaultValue={typeof add?.values.dueOn === 'string' ? add.values.dueOn : ''}
              error={add?.errors.dueOn}
            />
            <div>
              <button type="submit" className="kern-btn kern-btn--primary">
                <span className="kern-label">{t(lang, 'addMilestone')}</span>
              </button>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}
