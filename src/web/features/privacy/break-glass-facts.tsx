import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../contract/privacy-break-glass';
import { DataList } from '../../ui/data-list';
import { Heading } from '../../ui/heading';

/**
 * The heading and facts of one emergency access request (who, which case, why), with the facts that differ
 * per screen after them: the approver sees how long it waits, the reviewer the period and the status.
 */
export function BreakGlassFacts({
  grant: g,
  headingId,
  more,
}: {
  readonly grant: Grant;
  readonly headingId: string;
  readonly more: ReadonlyArray<{ key: string; label: string; value: ReactNode }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={3} id={headingId}>
        {`${g.casusReference ?? ''} – ${g.userName}`}
      </Heading>
      <DataList
        items={[
          {
            key: 'who',
            label: t('dataProtection.breakGlass.who'),
            value: `${g.userName} (${g.organisationName})`,
          },
          { key: 'case', label: t('dataProtection.breakGlass.case'), value: g.casusReference ?? '' },
          { key: 'reason', label: t('dataProtection.breakGlass.reasonColumn'), value: g.reason },
          ...more,
        ]}
      />
    </>
  );
}
