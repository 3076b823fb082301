import type { ProposalKind, ProposalStatus } from '../../../core/shared/vocabulary.ts';
import { proposalsHref } from '../../lib/agreement-links.ts';
import { label, type Language } from '../../../text/i18n.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';

export interface ProposalListItem {
  id: number;
  kind: ProposalKind;
  title: string;
  status: ProposalStatus;
  createdAt: string;
  submittedBy: string;
  organisation: string | null;
}

const TONE: Record<ProposalStatus, string> = {
  submitted: 'kern-badge--info',
  accepted: 'kern-badge--success',
  rejected: 'kern-badge--danger',
};

/** A proposal's review state as a badge with words. */
export function ProposalStatusBadge({ status, lang }: { status: ProposalStatus; lang: Language }) {
  return (
    <span className={`kern-badge ${TONE[status]}`}>
      <span className="kern-label kern-label--small">{label(lang, 'proposalStatus', status)}</span>
    </span>
  );
}

export const submittedOn = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));

/** Proposals with kind, submission, (for coordinators) submitter, and review state; each linked to its page. */
export function ProposalTable(props: {
  lang: Language;
  caption: string;
  proposals: ProposalListItem[];
  withSubmitter: boolean;
}) {
  const { lang, caption, proposals, withSubmitter } = props;
  const columns = withSubmitter
    ? (['proposalColumn', 'proposalKindColumn', 'submittedColumn', 'submittedByColumn', 'reviewStateColumn'] as const)
    : (['proposalColumn', 'proposalKindColumn', 'submittedColumn', 'reviewStateColumn'] as const);
  return (
    <ScrollTable lang={lang} caption={caption} columns={columns}>
      {proposals.map((p) => (
        <tr key={p.id} className="kern-table__row">
          <th scope="row" className="kern-table__header">
            <a className="kern-link" href={proposalsHref(lang, `/${p.id}`)}>
              {p.title}
            </a>
          </th>
          <td className="kern-table__cell">{label(lang, 'proposalKind', p.kind)}</td>
          <td className="kern-table__cell">{submittedOn(p.createdAt, lang)}</td>
          {withSubmitter ? (
            <td className="kern-table__cell">
              {p.submittedBy}
              {p.organisation ? ` (${p.organisation})` : ''}
            </td>
          ) : null}
          <td className="kern-table__cell">
            <ProposalStatusBadge status={p.status} lang={lang} />
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
