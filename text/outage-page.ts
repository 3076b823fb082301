/** How long a client should wait before asking again while the database is unavailable, in seconds. */
export const RETRY_AFTER_SECONDS = 5;

const texts = {
  de: {
    title: 'Vorübergehend nicht erreichbar',
    heading: 'Brückenbauer ist vorübergehend nicht erreichbar',
    text: 'Die Datenbank antwortet gerade nicht. Bitte versuchen Sie es in einigen Sekunden erneut.',
    form: 'Falls Sie gerade ein Formular abgeschickt haben: Prüfen Sie nach dem erneuten Laden, ob Ihre Eingabe gespeichert wurde, bevor Sie sie noch einmal senden.',
    retry: 'Erneut versuchen',
    home: 'Zur Startseite',
    homeHref: '/',
  },
  en: {
    title: 'Temporarily unavailable',
    heading: 'Brückenbauer is temporarily unavailable',
    text: 'The database is not answering at the moment. Please try again in a few seconds.',
    form: 'If you have just sent a form: after reloading, check whether your entry was saved before you send it again.',
    retry: 'Try again',
    home: 'Back to the home page',
    homeHref: '/?lang=en',
  },
} as const;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page's language: English with ?lang=en, as on every page, German otherwise. */
export function outageLanguage(url: string): 'de' | 'en' {
  return new URL(url, 'http://localhost').searchParams.get('lang') === 'en' ? 'en' : 'de';
}

/**
 * The page a browser gets while the database is unavailable (503). It needs nothing but itself:
 * no database, no scripts, no styles, so it can be sent when everything else fails.
 */
export function outagePage(url: string): string {
  const lang = outageLanguage(url);
  const t = texts[lang];
  const { pathname, search } = new URL(url, 'http://localhost');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title} – Brückenbauer</title>
</head>
<body>
<main id="main">
<h1>${t.heading}</h1>
<p>${t.text}</p>
<p>${t.form}</p>
<p><a href="${escape(pathname + search)}">${t.retry}</a> · <a href="${t.homeHref}">${t.home}</a></p>
</main>
</body>
</html>
`;
}
