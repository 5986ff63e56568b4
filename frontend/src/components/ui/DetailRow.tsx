import type { ReactNode } from 'react';

/** One line of a `<dl className="details">`: the name, then the value (`code`: a code, set apart to be read out). */
export function DetailRow({ label, code, children }: { label: ReactNode; code?: boolean; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd className={code ? 'code' : undefined}>{children}</dd>
    </div>
  );
}
