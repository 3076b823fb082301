import { servicesContext } from '#app-context';
import { userFeeds } from '../../../db/calendar/calendar-feeds.queries.ts';
import { FeedUrls } from './feed-urls.tsx';
import { changeCalendarLinks } from './calendar-subscribe.server.ts';
import { feedUrls, PUBLIC_FEED } from './feed-urls.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t, type Language } from '../../../text/i18n.ts';
import type { Route } from './+types/calendar-subscribe.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'public', action: 'authenticated' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'subscribeTitle')} – Brückenbauer` },
];

const here = (lang: Language) => `/aktivitaeten/kalender/abonnieren${lang === 'en' ? '?lang=en' : ''}`;

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const url = new URL(request.url);
  const feeds = info.actor.kind === 'user' ? await userFeeds(db, info.actor.userId) : null;
  return {
    lang,
    csrfToken: info.csrfToken,
    publicUrls: feedUrls(url.origin, PUBLIC_FEED, lang),
    feeds: feeds?.map((f) => ({
      id: f.id,
      createdAt: f.createdAt.toISOString(),
      lastUsedAt: f.lastUsedAt?.toISOString() ?? null,
      revokedAt: f.revokedAt?.toISOString() ?? null,
    })),
    loginHref: `/anmelden?zurueck=${encodeURIComponent(url.pathname + url.search)}`,
    revoked: url.searchParams.has('widerrufen'),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const info = guard(context, request, 'authenticated');
  const services = context.get(servicesContext);
  const lang = pickLanguage(request);
  return changeCalendarLinks(services, info.actor, request, lang, here(lang));
}

const dateTime = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));

/** The public feed for everyone; for a logged-in user, personal calendar links to create and revoke. */
export default function CalendarSubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, publicUrls, feeds, loginHref, revoked } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={lang === 'en' ? '/aktivitaeten/kalender?lang=en' : '/aktivitaeten/kalender'}>
        {t(lang, 'calendarTitle')}
      </BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'subscribeTitle')}</h1>
      <p className="kern-body">{t(lang, 'subscribeIntro')}</p>
      <section className="section" aria-labelledby="public-feed">
        <h2 id="public-feed" className="kern-heading-large">
          {t(lang, 'subscribePublicHeading')}
        </h2>
        <p className="kern-body">{t(lang, 'subscribePublicText')}</p>
        <FeedUrls lang={lang} urls={publicUrls} idPrefix="public" />
      </section>
      <section className="section" aria-labelledby="personal-feed">
        <h2 id="personal-feed" className="kern-heading-large">
          {t(lang, 'subscribePersonalHeading')}
        </h2>
        {feeds ? (
          <>
            <p className="kern-body">{t(lang, 'subscribePersonalText')}</p>
            {actionData?.created ? (
              <div className="kern-alert kern-alert--success" role="status">
                <div className="kern-alert__body">
                  <p className="kern-body">{t(lang, 'subscribeCreated')}</p>
                  <FeedUrls lang={lang} urls={actionData.created} idPrefix="created" />
                </div>
              </div>
            ) : null}
            <FormErrorSummary lang={lang} message={actionData?.error} />
            {revoked && !actionData ? <SuccessNotice>{t(lang, 'subscribeRevoked')}</SuccessNotice> : null}
            <form method="post" className="section-tight">
              <input type="hidden" name="csrf" value={csrfToken} />
              <button type="submit" name="intent" value="create" className="kern-btn kern-btn--primary">
                <span className="kern-label">{t(lang, 'subscribeCreate')}</span>
              </button>
            </form>
            <h3 className="kern-heading-medium">{t(lang, 'subscribeFeeds')}</h3>
            {feeds.length ? (
              <ul className="plain-list">
                {feeds.map((f) => (
                  <li key={f.id} className="entry kern-body feed-entry">
                    <span>
                      {t(lang, 'feedCreatedAt')}: {dateTime(f.createdAt, lang)} · {t(lang, 'feedLastUsed')}:{' '}
                      {f.lastUsedAt ? dateTime(f.lastUsedAt, lang) : t(lang, 'feedNeverUsed')} · {t(lang, 'feedState')}:{' '}
                      {f.revokedAt
                        ? `${t(lang, 'feedRevokedOn')} ${dateTime(f.revokedAt, lang)}`
                        : t(lang, 'feedActive')}
                    </span>
                    {f.revokedAt ? null : (
                      <form method="post" className="inline-form">
                        <input type="hidden" name="csrf" value={csrfToken} />
                        <input type="hidden" name="feed" value={f.id} />
                        <button
                          type="submit"
                          name="intent"
                          value="revoke"
                          className="kern-btn kern-btn--secondary"
                          aria-label={`${t(lang, 'feedRevoke')}: ${t(lang, 'feedRevokeLabel')} ${dateTime(f.createdAt, lang)}`}
                        >
                          <span className="kern-label">{t(lang, 'feedRevoke')}</span>
                        </button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="kern-body">{t(lang, 'subscribeNoFeeds')}</p>
            )}
          </>
        ) : (
          <p className="kern-body">
            <a className="kern-link" href={loginHref}>
              {t(lang, 'subscribeLogin')}
            </a>
          </p>
        )}
      </section>
      <section className="section" aria-labelledby="how-to">
        <h2 id="how-to" className="kern-heading-large">
          {t(lang, 'subscribeHowHeading')}
        </h2>
        <ul className="kern-list kern-body">
          <li>{t(lang, 'subscribeHowOutlook')}</li>
          <li>{t(lang, 'subscribeHowThunderbird')}</li>
          <li>{t(lang, 'subscribeHowPhone')}</li>
        </ul>
      </section>
    </main>
  );
}
