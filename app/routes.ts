import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('anmelden', 'routes/login.tsx'),
  route('abmelden', 'routes/logout.tsx'),
  route('konto', 'routes/account.tsx'),
  route('partnerschaften', 'routes/partnerships.tsx'),
  route('partnerschaften/:ref', 'routes/partnership.tsx'),
  route('aktivitaeten', 'routes/activities.tsx'),
  route('aktivitaeten/kalender', 'routes/activity-calendar.tsx'),
  route('aktivitaeten/neu', 'routes/activity-new.tsx'),
  route('aktivitaeten/:id', 'routes/activity.tsx'),
  route('aktivitaeten/:id/bearbeiten', 'routes/activity-edit.tsx'),
  route('massnahmen', 'routes/measures.tsx'),
  route('massnahmen/:key', 'routes/measure.tsx'),
  route('uebersicht', 'routes/overview.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
