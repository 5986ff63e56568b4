import type { ReactNode } from 'react';

interface Props {
  variant?: 'error' | 'success' | 'info';
  title?: string;
  children?: ReactNode;
  id?: string;
}

/** A message box; errors are announced at once, other messages politely. */
export function Alert({ variant = 'info', title, children, id }: Props) {
  return (
    <div id={id} className={`alert alert--${variant}`} role={variant === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}
