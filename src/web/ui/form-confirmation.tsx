import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from './button';

/**
 * An inline confirmation before a step that cannot be undone (no browser dialog): it takes focus when it
 * appears, says what will happen, and offers the step and a way back.
 */
export function Confirmation({
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Back to the button that asked, when the confirmation goes and that button is still there.
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    return () => {
      if (trigger?.isConnected && (document.activeElement === document.body || !document.activeElement)) {
        trigger.focus();
      }
    };
  }, []);
  return (
    <section className="utrecht-alert utrecht-alert--warning duiden-confirm" aria-labelledby={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id={id} ref={heading} tabIndex={-1}>
            {title}
          </h3>
          {children}
          <ButtonGroup>
            <Button appearance="primary-action" busy={busy} onClick={() => !busy && onConfirm()}>
              {confirmLabel}
            </Button>
            <Button onClick={onCancel}>{t('overleg.confirmCancel')}</Button>
          </ButtonGroup>
        </div>
      </div>
    </section>
  );
}
