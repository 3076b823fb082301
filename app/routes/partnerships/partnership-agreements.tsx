import type { PartnershipDetailView } from '../../../core/partnerships/partnership.presenter.ts';
import { renewalChains } from '../../../core/partnerships/renewal-chain.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { agreementHref } from '../../lib/agreement-links.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { Citations } from '../../components/citation.tsx';

type Agreement = PartnershipDetailView['agreements'][number];

const date = (value: string | null, lang: Language) => (value ? formatPartialDate(value, lang) : t(lang, 'unknown'));

function AgreementEntry({ a, lang, titles }: { a: Agreement; lang: Language; titles: Map<string, string> }) {
  return (
    <li id={`agreement-${a.key}`}>
      <h4 className="kern-heading-small" lang="de">
        <a className="kern-link" href={agreementHref(a.key, lang)}>
          {a.title}
        </a>
      </h4>
      <dl className="facts kern-body">
        <dt>{t(lang, 'kind')}</dt>
        <dd>{label(lang, 'agreementKind', a.kind)}</dd>
        <dt>{t(lang, 'signedOn')}</dt>
        <dd>
          {date(a.signedOn, lang)}
          {a.signedAt ? `, ${lang === 'en' ? a.signedAt.nameEn : a.signedAt.name}` : ''}
        </dd>
        <dt>{t(lang, 'term')}</dt>
        <dd>{a.termMonths ? `${a.termMonths} ${t(lang, 'months')}` : t(lang, 'unknown')}</dd>
        <dt>{t(lang, 'expiresOn')}</dt>
        <dd>{a.expiresOn ? formatPartialDate(a.expiresOn, lang) : t(lang, 'openEnded')}</dd>
        <dt>{t(lang, 'validityToday')}</dt>
        <dd>
          <strong>
            {label(lang, 'validity', a.validity)}
            {a.validity === 'expired' && a.expiresOn ? ` (${formatPartialDate(a.expiresOn, lang)})` : ''}
          </strong>
        </dd>
        {a.renews ? (
          <>
            <dt>{t(lang, 'renews')}</dt>
            <dd lang="de">{titles.get(a.renews) ?? a.renews}</dd>
          </>
        ) : null}
        {a.renewedBy ? (
          <>
            <dt>{t(lang, 'renewedBy')}</dt>
            <dd lang="de">{titles.get(a.renewedBy) ?? a.renewedBy}</dd>
          </>
        ) : null}
        <dt>{t(lang, 'signatories')}</dt>
        <dd>
          {a.signatories.length ? (
            <ul className="plain-list">
              {a.signatories.map((s) => (
                <li key={s.name}>
                  {s.name}, <span lang="de">{s.role}</span> ({label(lang, 'side', s.side)})
                </li>
              ))}
            </ul>
          ) : (
            t(lang, 'unknown')
          )}
        </dd>
      </dl>
      <Citations list={a.citations} lang={lang} />
    </li>
  );
}

/** The agreements as renewal chains: predecessor → successor, each with its term and validity today. */
export function PartnershipAgreements({
  p,
  lang,
  recordHref,
}: {
  p: PartnershipDetailView;
  lang: Language;
  /** Where a coordinator records a new agreement of this partnership. */
  recordHref?: string | undefined;
}) {
  const titles = new Map(p.agreements.map((a) => [a.key, `${a.title} (${date(a.signedOn, lang)})`]));
  const chains = renewalChains(p.agreements);
  return (
    <section className="section" aria-labelledby="agreements">
      <h2 id="agreements" className="kern-heading-large">
        {t(lang, 'agreementsHeading')}
      </h2>
      {chains.length ? <p className="kern-body">{t(lang, 'agreementsIntro')}</p> : null}
      {recordHref ? (
        <p className="page-actions kern-body">
          <a className="kern-btn kern-btn--secondary" href={recordHref}>
            <span className="kern-label">{t(lang, 'recordAgreement')}</span>
          </a>
        </p>
      ) : null}
      {chains.length ? (
        chains.map((chain, i) => (
          <section key={chain[0]!.key} aria-labelledby={`chain-${i}`}>
            <h3 id={`chain-${i}`} className="kern-heading-medium">
              {`${t(lang, 'chain')}${chains.length > 1 ? ` ${i + 1}` : ''}: `}
              {chain.map((a) => `${label(lang, 'agreementKind', a.kind)} ${date(a.signedOn, lang)}`).join(' → ')}
            </h3>
            <ol className="chain">
              {chain.map((a) => (
                <AgreementEntry key={a.key} a={a} lang={lang} titles={titles} />
              ))}
            </ol>
          </section>
        ))
      ) : (
        <p className="kern-body">{t(lang, 'noAgreements')}</p>
      )}
    </section>
  );
}
