import type { ReactNode } from 'react';

/** What a form post just did, said once after its redirect (KERN success alert, announced politely). */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__body">
        <p className="kern-body">{children}</p>
      </div>
    </div>
  );
}

/** The way back to the list a page belongs to, above its heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="kern-body">
      <a className="kern-link" href={href}>
        ← {children}
      </a>
    </p>
  );
}
