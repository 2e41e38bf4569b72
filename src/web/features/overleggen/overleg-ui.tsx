import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '../../../contract/overleggen';
import type { MeetingStatus } from '../../../domain/overleg/types';
import { currentLanguage } from '../../i18n/i18n';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import type { SelectOption } from '../../ui/form-field';
import { Paragraph } from '../../ui/paragraph';
import { StatusBadge } from '../../ui/status-badge';

/** Meeting statuses as badges: the word carries the meaning; the colour only repeats it. */
const MEETING_STATUS_BADGE = {
  voorbereiding: 'neutral',
  agenda_gepubliceerd: 'warning',
  afgerond: 'success',
  geannuleerd: 'inactive',
} as const;

export function MeetingStatusBadge({ status }: { readonly status: MeetingStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={MEETING_STATUS_BADGE[status]}>{t(`overleg.statuses.${status}`)}</StatusBadge>;
}

/** The legal bases as options of a select, in the current language; example texts say so. */
export function useLegalBasisOptions(bases: readonly LegalBasis[] | undefined): SelectOption[] {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (bases ?? []).map((b) => ({ value: b.id, label: language === 'en' ? b.labelEn : b.labelNl }));
}

/**
 * The version someone else saved, shown next to the form that still holds the user's input (the page
 * itself shows that version too, and the next save is based on it).
 */
export function OtherVersion({
  version,
  items,
}: {
  readonly version: number;
  readonly items: ReadonlyArray<{ key: string; label: string; value: ReactNode }>;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="utrecht-alert utrecht-alert--warning" aria-labelledby={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id={id}>
            {t('overleg.conflict.title')}
          </h3>
          <Paragraph>{t('overleg.conflict.intro', { version })}</Paragraph>
          {items.length > 0 ? <DataList items={items} /> : null}
        </div>
      </div>
    </section>
  );
}

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
