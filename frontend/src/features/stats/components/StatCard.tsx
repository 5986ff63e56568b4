import type { ReactNode } from 'react';

/**
 * One figure of a summary: its name as a heading (an h3 under the section's h2, or an h2 where the page
 * has no section heading), the figure, and, if given, the list of what it is made of.
 */
export function StatCard({
  label,
  level = 3,
  list,
  children,
}: {
  label: string;
  level?: 2 | 3;
  list?: ReactNode;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="stat-card">
      <Heading className="stat-card__label">{label}</Heading>
      <p className="stat-card__value">{children}</p>
      {list && <ul className="stat-card__list">{list}</ul>}
    </div>
  );
}
