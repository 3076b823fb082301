import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import type { Route } from './+types/account.ts';

export const handle = { policy: { loader: 'authenticated' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'accountTitle')} – Brückenbauer` },
];

export function loader({ request, context }: Route.LoaderArgs) {
  const info = guard(context, request, 'authenticated');
  return { lang: pickLanguage(request), user: info.user! };
}

const ROLE = {
  de: {
    coordinator: 'Koordination (Staatskanzlei)',
    ministry_editor: 'Bearbeitung im Ressort',
    assessor: 'Bewertung',
    stakeholder: 'Partnerorganisation',
    reader: 'Lesezugriff',
  },
  en: {
    coordinator: 'Coordination (State Chancellery)',
    ministry_editor: 'Ministry editor',
    assessor: 'Assessor',
    stakeholder: 'Stakeholder',
    reader: 'Reader',
  },
} as const;

/** Who is logged in, with which role. */
export default function Account({ loaderData }: Route.ComponentProps) {
  const { lang, user } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'accountTitle')}</h1>
      <dl className="kern-body">
        <dt>{t(lang, 'name')}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t(lang, 'email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t(lang, 'role')}</dt>
        <dd>{ROLE[lang][user.role]}</dd>
      </dl>
    </main>
  );
}
