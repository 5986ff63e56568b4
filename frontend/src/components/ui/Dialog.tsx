import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  /** The buttons; the first one takes focus when the dialog opens. */
  actions: ReactNode;
  onClose: () => void;
  /** A question before an action (role alertdialog, its text read as the description). */
  alert?: boolean;
}

/**
 * A modal dialog: focus moves in and stays in (Tab cycles), Escape closes, focus goes back to what
 * opened it. Written by hand rather than <dialog>.showModal() so that it behaves the same in every
 * browser the province's phones run and in tests.
 */
export function Dialog({ open, title, children, actions, onClose, alert = false }: Props) {
  const titleId = useId();
  const bodyId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    const box = ref.current;
    box?.querySelector<HTMLElement>('.dialog__actions button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCloseRef.current();
      } else if (event.key === 'Tab' && box) {
        const focusable = Array.from(
          box.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex="0"]'),
        );
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [open]);

  if (!open) return null;
  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog"
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={alert && children ? bodyId : undefined}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children && (
          <div id={bodyId} className="dialog__body">
            {children}
          </div>
        )}
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>
  );
}
