import { t, type Language } from '../../../text/i18n.ts';

/** The two addresses of a calendar feed: webcal to subscribe with one click, https to paste. */
export function FeedUrls({
  lang,
  urls,
  idPrefix,
}: {
  lang: Language;
  urls: { https: string; webcal: string };
  idPrefix: string;
}) {
  return (
    <dl className="facts kern-body feed-urls">
      <dt id={`${idPrefix}-webcal`}>{t(lang, 'subscribeWebcal')}</dt>
      <dd>
        <a className="kern-link" href={urls.webcal} aria-describedby={`${idPrefix}-webcal`}>
          <code>{urls.webcal}</code>
        </a>
      </dd>
      <dt id={`${idPrefix}-https`}>{t(lang, 'subscribeHttps')}</dt>
      <dd>
        <code>{urls.https}</code>
      </dd>
    </dl>
  );
}
