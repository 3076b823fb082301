import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('anmelden', 'routes/login.tsx'),
  route('abmelden', 'routes/logout.tsx'),
  route('konto', 'routes/account.tsx'),
  route('partnerschaften', 'routes/partnerships.tsx'),
  route('partnerschaften/export', 'routes/partnerships-export.tsx'),
  route('partnerschaften/:ref', 'routes/partnership.tsx'),
  route('aktivitaeten', 'routes/activities.tsx'),
  route('aktivitaeten/export', 'routes/activities-export.tsx'),
  route('aktivitaeten/kalender', 'routes/activity-calendar.tsx'),
  route('aktivitaeten/kalender/abonnieren', 'routes/calendar-subscribe.tsx'),
  route('aktivitaeten/neu', 'routes/activity-new.tsx'),
  route('aktivitaeten/import', 'routes/activity-import.tsx'),
  route('aktivitaeten/import/vorlage', 'routes/activity-import-template.tsx'),
  route('aktivitaeten/import/:id', 'routes/activity-import-run.tsx'),
  route('aktivitaeten/:id', 'routes/activity.tsx'),
  route('aktivitaeten/:id/bearbeiten', 'routes/activity-edit.tsx'),
  route('kalender/:feed', 'routes/calendar-feed.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
