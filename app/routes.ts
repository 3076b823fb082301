import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('anmelden', 'routes/login.tsx'),
  route('abmelden', 'routes/logout.tsx'),
  route('konto', 'routes/account.tsx'),
  route('partnerschaften', 'routes/partnerships.tsx'),
  route('partnerschaften/:ref', 'routes/partnership.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
