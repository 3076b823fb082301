import type { OverviewView } from '../../../core/overview/overview.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { agreementHref, proposalsHref } from '../../lib/agreement-links.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { measureHref, measuresHref, partnershipHref } from '../../lib/links.ts';
import { measureStatusLabel } from '../../../text/measures.messages.ts';
import { reportDay } from '../../components/measure-table.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';

type Attention = OverviewView['attention'];

/** How many stale measures the overview lists; the measure list shows them all. */
export const STALE_SHOWN = 10;

const partnershipName = (p: { name: string; nameEn: string }, lang: Language) => (lang === 'en' ? p.nameEn : p.name);

function Block(props: { id: string; title: string; note?: string; count: number; children: React.ReactNode }) {
  return (
    <section className="section attention" aria-labelledby={props.id}>
      <h3 id={props.id} className="kern-heading-medium">
        {props.title} <span className="attention-count">({props.count})</span>
      </h3>
      {props.note ? <p className="kern-body">{props.note}</p> : null}
      {props.children}
    </section>
  );
}

const Nothing = ({ lang }: { lang: Language }) => <p className="kern-body">{t(lang, 'nothingOpen')}</p>;

export function AttentionAgreements({ lang, list }: { lang: Language; list: Attention['agreements'] }) {
  const title = t(lang, 'attentionAgreements');
  return (
    <Block id="attention-agreements" title={title} note={t(lang, 'attentionAgreementsNote')} count={list.length}>
      {list.length ? (
        <ScrollTable lang={lang} caption={title} columns={['agreement', 'partnership', 'expiry', 'state']}>
          {list.map((a) => (
            <tr key={a.key} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <a className="kern-link" href={agreementHref(a.key, lang)} lang="de">
                  {a.title}
                </a>
                <br />
                <small>{label(lang, 'agreementKind', a.kind)}</small>
              </th>
              <td className="kern-table__cell">
                <a className="kern-link" href={partnershipHref(a.partnership.key, lang)}>
                  {partnershipName(a.partnership, lang)}
                </a>
              </td>
              <td className="kern-table__cell">{formatPartialDate(a.expiresOn, lang)}</td>
              <td className="kern-table__cell">
                <strong>{t(lang, `attention_${a.attention}`)}</strong>
              </td>
            </tr>
          ))}
        </ScrollTable>
      ) : (
        <Nothing lang={lang} />
      )}
    </Block>
  );
}

export function AttentionWorkingGroups({ lang, list }: { lang: Language; list: Attention['workingGroups'] }) {
  const title = t(lang, 'attentionWorkingGroups');
  const day = (value: string | null, empty: string) => (value ? formatPartialDate(value, lang) : empty);
  return (
    <Block id="attention-working-groups" title={title} note={t(lang, 'attentionWorkingGroupsNote')} count={list.length}>
      {list.length ? (
        <ScrollTable
          lang={lang}
          caption={title}
          columns={['workingGroup', 'partnership', 'overviewLastMeeting', 'nextMeeting']}
        >
          {list.map((w) => (
            <tr key={w.key} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <a className="kern-link" href={`${partnershipHref(w.partnership.key, lang)}#working-groups`} lang="de">
                  {w.name}
                </a>
              </th>
              <td className="kern-table__cell">
                <a className="kern-link" href={partnershipHref(w.partnership.key, lang)}>
                  {partnershipName(w.partnership, lang)}
                </a>
              </td>
              <td className="kern-table__cell">{day(w.lastMeeting, t(lang, 'neverMet'))}</td>
              <td className="kern-table__cell">{day(w.nextMeeting, t(lang, 'nonePlanned'))}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : (
        <Nothing lang={lang} />
      )}
    </Block>
  );
}

export function AttentionMeasures(props: {
  lang: Language;
  list: Attention['staleMeasures'];
  lead?: string | undefined;
}) {
  const { lang, list } = props;
  const title = t(lang, 'attentionMeasures');
  const shown = list.slice(0, STALE_SHOWN);
  return (
    <Block id="attention-measures" title={title} note={t(lang, 'attentionMeasuresNote')} count={list.length}>
      {list.length ? (
        <>
          <ScrollTable
            lang={lang}
            caption={title}
            columns={['measureKey', 'measureText', 'lead', 'status', 'lastReport']}
          >
            {shown.map((m) => (
              <tr key={m.key} className="kern-table__row">
                <th scope="row" className="kern-table__header measure-key">
                  <a className="kern-link" href={measureHref(m.key, lang)}>
                    {m.key}
                  </a>
                </th>
                <td className="kern-table__cell measure-text" lang="de">
                  {m.text}
                </td>
                <td className="kern-table__cell">
                  {m.leadOrganisation?.abbreviation ?? m.leadOrganisation?.name ?? t(lang, 'noLeadYet')}
                </td>
                <td className="kern-table__cell">{measureStatusLabel(lang, m.status)}</td>
                <td className="kern-table__cell">{reportDay(m.statusUpdatedAt, lang)}</td>
              </tr>
            ))}
          </ScrollTable>
          <p className="kern-body">
            {list.length > shown.length ? `${t(lang, 'showingFirst')} ${shown.length}. ` : ''}
            <a
              className="kern-link"
              href={measuresHref(lang, { stale: '1', ...(props.lead ? { lead: props.lead } : {}) })}
            >
              {t(lang, 'allStaleMeasures')} ({list.length})
            </a>
          </p>
        </>
      ) : (
        <Nothing lang={lang} />
      )}
    </Block>
  );
}

export function AttentionProposals({ lang, list }: { lang: Language; list: NonNullable<Attention['proposals']> }) {
  const title = t(lang, 'attentionProposals');
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
      new Date(iso),
    );
  return (
    <Block id="attention-proposals" title={title} count={list.length}>
      {list.length ? (
        <ScrollTable
          lang={lang}
          caption={title}
          columns={['proposal', 'overviewProposalKind', 'submittedOn', 'submittedBy']}
        >
          {list.map((p) => (
            <tr key={p.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <a className="kern-link" href={proposalsHref(lang, `/${p.id}`)} lang="de">
                  {p.title}
                </a>
              </th>
              <td className="kern-table__cell">{t(lang, `proposalKind_${p.kind}`)}</td>
              <td className="kern-table__cell">{when(p.submittedAt)}</td>
              <td className="kern-table__cell" lang="de">
                {p.organisation ? (p.organisation.abbreviation ?? p.organisation.name) : t(lang, 'none')}
              </td>
            </tr>
          ))}
        </ScrollTable>
      ) : (
        <Nothing lang={lang} />
      )}
    </Block>
  );
}
