import { t, type Language } from '../../../text/i18n.ts';
import { activityHref } from '../../lib/links.ts';
import { InputField } from '../../components/form-fields.tsx';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';

/** For those who may edit it: the edit link, copying into a new planned activity, and cancelling with a reason. */
export function ActivityWork(props: {
  lang: Language;
  id: number;
  csrfToken: string;
  cancelled: boolean;
  reason: string;
  error?: string | undefined;
}) {
  const { lang, id, csrfToken, cancelled, error } = props;
  return (
    <section className="section" aria-labelledby="activity-work">
      <h2 id="activity-work" className="kern-heading-large">
        {t(lang, 'workHeading')}
      </h2>
      <div className="page-actions">
        <a className="kern-btn kern-btn--secondary" href={activityHref(id, lang, '/bearbeiten')}>
          <span className="kern-label">{t(lang, 'editActivity')}</span>
        </a>
        <form method="post" className="inline-form">
          <input type="hidden" name="csrf" value={csrfToken} />
          <button type="submit" name="intent" value="copy" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t(lang, 'copyActivity')}</span>
          </button>
        </form>
      </div>
      {cancelled ? null : (
        <>
          <h3 id="cancel-heading" className="kern-heading-medium">
            {t(lang, 'cancelHeading')}
          </h3>
          <FormErrorSummary
            lang={lang}
            id="cancel-errors"
            idPrefix="cancel"
            heading="activityErrorSummary"
            errors={{ reason: error }}
            labels={{ reason: 'cancelReason' }}
          />
          <form method="post" className="form-stack" noValidate aria-labelledby="cancel-heading">
            <input type="hidden" name="csrf" value={csrfToken} />
            <input type="hidden" name="intent" value="cancel" />
            <InputField
              name="reason"
              idPrefix="cancel"
              label={t(lang, 'cancelReason')}
              defaultValue={props.reason}
              error={error}
              required
              multiline
            />
            <div>
              <button type="submit" className="kern-btn kern-btn--primary">
                <span className="kern-label">{t(lang, 'cancelSubmit')}</span>
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
