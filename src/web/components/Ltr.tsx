/** Text that is always left-to-right (codes, usernames, IP addresses), isolated so it sits right inside an RTL page. */
import type { ReactNode } from 'react';

/** An inline left-to-right island; `mono` for codes and identifiers. */
export function Ltr({ children, mono }: { children: ReactNode; mono?: boolean }) {
  return (
    <span dir="ltr" style={mono ? { fontFamily: 'var(--mantine-font-family-monospace)' } : undefined}>
      {children}
    </span>
  );
}
