import { data } from 'react-router';
import type { PagePolicy } from '../../lib/guard.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/** Every address no other route claims: a 404 page (rendered by the root error boundary). */
export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
