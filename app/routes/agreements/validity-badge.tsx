import type { ValidityClass } from '../../../core/agreements/agreement-list.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { t, type Language } from '../../../text/i18n.ts';

const TONE: Record<ValidityClass, string> = {
  valid: 'kern-badge--success',
  expiring: 'kern-badge--warning',
  expired: 'kern-badge--danger',
  unknown: 'kern-badge--info',
};

/**
 * Whether an agreement is in force today, as a badge with words (not colour alone), and since
 * when it ran out (unless the expiry stands beside it already, as in the list).
 */
export function ValidityBadge(props: {
  validityClass: ValidityClass;
  expiresOn: string | null;
  lang: Language;
  withDate?: boolean;
}) {
  const { validityClass, expiresOn, lang, withDate = true } = props;
  return (
    <span className={`kern-badge ${TONE[validityClass]}`}>
      <span className="kern-label kern-label--small">
        {t(lang, `validityClass_${validityClass}`)}
        {validityClass === 'expired' && expiresOn && withDate ? ` (${formatPartialDate(expiresOn, lang)})` : ''}
      </span>
    </span>
  );
}
