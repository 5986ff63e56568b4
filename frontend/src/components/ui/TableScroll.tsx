import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes keyboard focus (WCAG 2.1.1: a
 * keyboard user must be able to scroll it too) and is named after its table.
 */
export function TableScroll({ label, busy, children }: { label: string; busy?: boolean; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0} aria-busy={busy || undefined}>
      {children}
    </div>
  );
}
