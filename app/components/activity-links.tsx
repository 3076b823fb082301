import { activityDates } from '../lib/activity-format.ts';
import { label, type Language } from '../../text/i18n.ts';
import { activityHref } from '../lib/links.ts';
import type { ActivitySummary } from '../../core/activities/activity.types.ts';

export interface LinkedActivity extends ActivitySummary {
  organiser?: string | null;
}

/** Activities as links to their pages, each with kind, dates at their precision, status and organiser. */
export function ActivityLinks({ items, lang }: { items: readonly LinkedActivity[]; lang: Language }) {
  return (
    <ul className="plain-list">
      {items.map((a) => (
        <li key={a.id} className="entry kern-body">
          <a className="kern-link" href={activityHref(a.id, lang)} lang="de">
            {a.title}
          </a>{' '}
          – {label(lang, 'activityKind', a.kind)}, {activityDates(a, lang)} ({label(lang, 'activityStatus', a.status)})
          {a.organiser ? `, ${a.organiser}` : ''}
        </li>
      ))}
    </ul>
  );
}
