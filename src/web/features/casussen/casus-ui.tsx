import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../contract/primitives';
import type { CasePhase } from '../../../domain/casus/types';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { StatusBadge } from '../../ui/status-badge';

/** Phases as badges: the word carries the meaning; the colour only repeats it. */
const PHASE_BADGE = {
  signalering: 'neutral',
  persoonsgerichte_aanpak: 'warning',
  nazorg: 'success',
  afgesloten: 'inactive',
} as const;

export function PhaseBadge({ phase }: { readonly phase: CasePhase }) {
  const { t } = useTranslation();
  return <StatusBadge status={PHASE_BADGE[phase]}>{t(`casus.phases.${phase}`)}</StatusBadge>;
}

/** A due date, with the word "te laat" when it has passed (never only a colour). */
export function ReviewDue({ day, overdue }: { readonly day: string; readonly overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <time dateTime={day}>{formatDay(day)}</time>
      {overdue ? (
        <>
          {' '}
          <StatusBadge status="danger">{t('casus.list.overdue')}</StatusBadge>
        </>
      ) : null}
    </>
  );
}

/** A label the server gives in both languages, in the current one. */
export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (label) => label[language];
}

/**
 * A list of cases on the officer's home page, as links by reference (no names on the start page), each
 * with what calls for attention after it.
 */
export function HomeCaseList<T extends { readonly id: string; readonly reference: string }>({
  id,
  title,
  none,
  cases,
  path = (c) => `/casussen/${c.id}`,
  detail,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly none: string;
  readonly cases: readonly T[];
  readonly path?: (c: T) => string;
  readonly detail?: (c: T) => ReactNode;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {cases.map((c) => (
            <li key={c.id}>
              <AppLink to={path(c)}>{t('casus.layout.title', { reference: c.reference })}</AppLink>
              {detail ? (
                <>
                  {' – '}
                  {detail(c)}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
