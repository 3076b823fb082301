import type { PartnershipStatus } from '../../core/shared/vocabulary.ts';
import { label, t, type Language } from '../../text/i18n.ts';

const TONE: Record<PartnershipStatus, string> = {
  active: 'kern-badge--success',
  dormant: 'kern-badge--warning',
  under_examination: 'kern-badge--info',
  ended: 'kern-badge--danger',
};

/**
 * A partnership's status as a badge; a dormant one says in words that it does not count as
 * active, and one whose agreement ran out without renewal says so beside it.
 */
export function StatusBadge({
  status,
  lang,
  agreementExpired = false,
}: {
  status: PartnershipStatus;
  lang: Language;
  agreementExpired?: boolean;
}) {
  return (
    <>
      <span className={`kern-badge ${TONE[status]}`}>
        <span className="kern-label kern-label--small">{label(lang, 'status', status)}</span>
      </span>
      {status === 'dormant' ? <span className="kern-body--small badge-note">{t(lang, 'dormantNote')}</span> : null}
      {agreementExpired ? (
        <>
          {' '}
          <span className="kern-badge kern-badge--warning">
            <span className="kern-label kern-label--small">{t(lang, 'agreementAlertBadge')}</span>
          </span>
        </>
      ) : null}
    </>
  );
}
