import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/**
 * A form or a longer part of a screen behind a line that opens it (a native <details>, so Enter and Space
 * open and close it): what is there already stays readable next to it, the form only when asked for. Its
 * content stays mounted while closed, so what was typed is kept; a failed send opens it, so no error
 * summary is ever hidden.
 */
export function Disclosure({
  summary,
  openOn,
  unsaved,
  id,
  summaryId,
  children,
}: {
  /** The line that opens it: what it holds or lets the user do ("Categorie wijzigen"). */
  readonly summary: ReactNode;
  /** Something new here (e.g. the error of a failed send) opens it, before its error summary takes focus. */
  readonly openOn?: unknown;
  /** Said on the closed line while its form holds a refused send (e.g. "Niet opgeslagen"), so no error hides. */
  readonly unsaved?: ReactNode;
  readonly id?: string;
  /** The summary's id, to name the form inside by it. */
  readonly summaryId?: string;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // A layout effect runs before the error summary's focus effect, so the summary is visible when it is focused.
  useLayoutEffect(() => {
    if (!openOn || !ref.current) return;
    ref.current.open = true;
    setOpen(true);
  }, [openOn]);
  return (
    <details
      ref={ref}
      id={id}
      className="duiden-disclosure"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary id={summaryId} className="duiden-disclosure__summary">
        {summary}
        {unsaved && !open ? <span className="duiden-disclosure__unsaved"> – {unsaved}</span> : null}
      </summary>
      <div className="duiden-disclosure__content">{children}</div>
    </details>
  );
}

/** A field inside a closed disclosure (linked to from an error summary) is shown before it takes focus. */
export function revealField(field: HTMLElement) {
  for (let d = field.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) d.open = true;
  }
}
