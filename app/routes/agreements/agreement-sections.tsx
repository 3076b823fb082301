import type { AgreementDetailView } from '../../../core/agreements/agreement.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { documentHref } from '../../../core/agreements/agreement-document.ts';
import { agreementHref } from '../../lib/agreement-links.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { partnershipHref } from '../../lib/links.ts';
import { fileSize } from '../../../text/agreements.messages.ts';
import { Citations } from '../../components/citation.tsx';
import { ValidityBadge } from './validity-badge.tsx';

type A = AgreementDetailView;
const date = (value: string | null, lang: Language) => (value ? formatPartialDate(value, lang) : t(lang, 'unknown'));

/** Kind, partnership, signing, term, expiry and validity today. */
export function AgreementFacts({ a, lang }: { a: A; lang: Language }) {
  return (
    <section className="section" aria-labelledby="agreement-facts">
      <h2 id="agreement-facts" className="kern-heading-large">
        {t(lang, 'agreementFacts')}
      </h2>
      <dl className="facts kern-body">
        <dt>{t(lang, 'kind')}</dt>
        <dd>{label(lang, 'agreementKind', a.kind)}</dd>
        <dt>{t(lang, 'agreementPartnership')}</dt>
        <dd>
          {a.partnership ? (
            <a className="kern-link" href={partnershipHref(a.partnership.key, lang)}>
              {lang === 'en' ? a.partnership.nameEn : a.partnership.name}
            </a>
          ) : (
            t(lang, 'noPartnership')
          )}
        </dd>
        <dt>{t(lang, 'signedOnLabel')}</dt>
        <dd>{date(a.signedOn, lang)}</dd>
        <dt>{t(lang, 'signedAtLabel')}</dt>
        <dd>
          {a.signedAt
            ? `${lang === 'en' ? a.signedAt.nameEn : a.signedAt.name} (${a.signedAt.iso ?? a.signedAt.key})`
            : t(lang, 'unknown')}
        </dd>
        <dt>{t(lang, 'term')}</dt>
        <dd>{a.termMonths ? `${a.termMonths} ${t(lang, 'months')}` : t(lang, 'unknown')}</dd>
        <dt>{t(lang, 'expiresOn')}</dt>
        <dd>{a.expiresOn ? formatPartialDate(a.expiresOn, lang) : t(lang, 'openEnded')}</dd>
        <dt>{t(lang, 'validityToday')}</dt>
        <dd>
          <ValidityBadge validityClass={a.validityClass} expiresOn={a.expiresOn} lang={lang} />
        </dd>
      </dl>
    </section>
  );
}

/** Who signed, for which side. */
export function Signatories({ a, lang }: { a: A; lang: Language }) {
  return (
    <section className="section" aria-labelledby="signatories">
      <h2 id="signatories" className="kern-heading-large">
        {t(lang, 'signatoriesHeading')}
      </h2>
      {a.signatories.length ? (
        <ul className="kern-list kern-body">
          {a.signatories.map((s, i) => (
            <li key={i}>
              {s.name}, <span lang="de">{s.role}</span> ({label(lang, 'side', s.side)})
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t(lang, 'noSignatories')}</p>
      )}
    </section>
  );
}

/** The renewal chain from the first agreement to the latest renewal; this one is marked, the others linked. */
export function RenewalChain({ a, lang }: { a: A; lang: Language }) {
  return (
    <section className="section" aria-labelledby="renewal-chain">
      <h2 id="renewal-chain" className="kern-heading-large">
        {t(lang, 'chainHeading')}
      </h2>
      {a.chain.length > 1 ? (
        <>
          <p className="kern-body">{t(lang, 'chainIntro')}</p>
          <ol className="chain kern-body">
            {a.chain.map((c) => (
              <li key={c.key}>
                {c.key === a.key ? (
                  <strong aria-current="page">
                    <span lang="de">{c.title}</span> ({t(lang, 'thisAgreement')})
                  </strong>
                ) : (
                  <a className="kern-link" href={agreementHref(c.key, lang)} lang="de">
                    {c.title}
                  </a>
                )}
                <br />
                {label(lang, 'agreementKind', c.kind)}, {t(lang, 'signedOn')} {date(c.signedOn, lang)} –{' '}
                <ValidityBadge validityClass={c.validityClass} expiresOn={c.expiresOn} lang={lang} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="kern-body">{t(lang, 'chainAlone')}</p>
      )}
    </section>
  );
}

/** The stored documents, each a download with its type, size, date and checksum. */
export function Documents({ a, lang }: { a: A; lang: Language }) {
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
      new Date(iso),
    );
  return (
    <section className="section" aria-labelledby="documents">
      <h2 id="documents" className="kern-heading-large">
        {t(lang, 'documentsHeading')}
      </h2>
      {a.documents.length ? (
        <>
          <p className="kern-body">{t(lang, 'documentsIntro')}</p>
          <ul className="plain-list">
            {a.documents.map((d) => (
              <li key={d.id} className="entry kern-body">
                <a className="kern-link" href={documentHref(a.key, d.id)} download>
                  {d.fileName} ({d.mediaType === 'application/pdf' ? 'PDF' : 'DOCX'}, {fileSize(d.sizeBytes, lang)},{' '}
                  {t(lang, 'downloadDocument')})
                </a>
                <br />
                <span className="kern-body--small">
                  {t(lang, 'uploadedOn')} {when(d.uploadedAt)} – {t(lang, 'checksum')}:{' '}
                  <code className="checksum">{d.sha256}</code>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="kern-body">{t(lang, 'noDocuments')}</p>
      )}
    </section>
  );
}

/** The sources of the agreement's facts. */
export function AgreementCitations({ a, lang }: { a: A; lang: Language }) {
  return (
    <section className="section" aria-labelledby="agreement-citations">
      <h2 id="agreement-citations" className="kern-heading-large">
        {t(lang, 'agreementCitations')}
      </h2>
      {a.citations.length ? (
        <Citations list={a.citations} lang={lang} />
      ) : (
        <p className="kern-body">{t(lang, 'noCitations')}</p>
      )}
    </section>
  );
}
