import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDetail, MeetingDecision } from '../../../contract/overleggen';
import type { Role } from '../../../domain/access/roles';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { OtherVersion } from '../../ui/form-conflict';
import { formatDateTime } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useOrganisations } from '../beheer/users-api';
import { casusoverlegRows } from './item-decision-casusoverleg';
import { triageRows } from './item-decision-triage';
import { weegploegRows } from './item-decision-weegploeg';
import type { ItemWork } from './item-page';
import { subjectStateText } from './meeting-agenda';

/** What recording did, read from the item as it is now. */
export function effectAfter(item: AgendaItemDetail, t: TFunction): string | null {
  const d = item.decisionDetail;
  if (d?.status !== 'vastgesteld') return null;
  if (d.kind === 'weegploeg') {
    if (d.fields.included !== true) return t('overleg.decision.after.pgaNo');
    return t('overleg.decision.after.pgaYes', {
      persons: item.persons.map((p) => p.name).join(', ') || t('common.none'),
    });
  }
  const state = subjectStateText(item.signal?.status ?? item.casus?.phase ?? null, t);
  if (d.kind === 'casusoverleg') {
    return item.casus && state
      ? t('overleg.decision.after.casus', { reference: item.casus.reference, phase: state })
      : null;
  }
  return item.signal && state
    ? t('overleg.decision.after.signal', { reference: item.signal.reference, status: state })
    : null;
}

/**
 * Who may follow the decision to the case it opened: the municipality's officer and mayor see all its cases;
 * a partner sees a case only once it takes part in it.
 */
const CASE_OF_MUNICIPALITY: readonly Role[] = ['aandachtsfunctionaris', 'burgemeester'];

/** A decision as saved (a draft or recorded), with what recording did when it is given. */
export function DecisionView({
  work,
  decision,
  effect,
}: {
  readonly work: ItemWork;
  readonly decision: MeetingDecision;
  readonly effect: string | null;
}) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const f = decision.fields;
  const none = t('common.none');
  const orgName = (id: string) => organisations.data?.find((o) => o.id === id)?.name ?? none;
  const rows: Array<{ key: string; label: string; value: ReactNode }> =
    decision.kind === 'signaleringsoverleg'
      ? triageRows(f, t)
      : decision.kind === 'weegploeg'
        ? weegploegRows(f, t, orgName)
        : casusoverlegRows(f, t);
  if (decision.status === 'vastgesteld' && decision.recordedAt) {
    rows.push({
      key: 'recorded',
      label: t('overleg.decision.fields.recorded'),
      value: t('overleg.decision.recordedBy', {
        name: decision.recordedByName ?? none,
        at: formatDateTime(decision.recordedAt),
      }),
    });
  }
  if (effect) rows.push({ key: 'effect', label: t('overleg.decision.fields.effect'), value: effect });
  return (
    <>
      {decision.status === 'vastgesteld' ? null : (
        <Paragraph small>
          {t('overleg.decision.draftSavedAt', { at: formatDateTime(decision.draftedAt) })}
        </Paragraph>
      )}
      <DataList items={rows} />
      {decision.casusId && decision.kind === 'weegploeg' && CASE_OF_MUNICIPALITY.includes(user.role) ? (
        <Paragraph>
          <AppLink to={`/casussen/${decision.casusId}`}>{t('casus.fromDecision.link')}</AppLink>
        </Paragraph>
      ) : work.item.casus === null && decision.casusId && decision.kind === 'weegploeg' ? (
        <Paragraph small>{t('overleg.decision.caseReferenceNote')}</Paragraph>
      ) : null}
    </>
  );
}

/** On a conflict: the decision as someone else saved it meanwhile (or that there is none any more). */
export function OtherDecision({
  work,
  other,
}: {
  readonly work: ItemWork;
  readonly other: AgendaItemDetail;
}) {
  const { t } = useTranslation();
  return (
    <>
      <OtherVersion
        version={other.decisionDetail?.version ?? other.version}
        items={
          other.decisionDetail
            ? [
                {
                  key: 'status',
                  label: t('overleg.decision.otherState'),
                  value:
                    other.decisionDetail.status === 'vastgesteld'
                      ? t('overleg.decision.recorded')
                      : t('overleg.decision.draftState'),
                },
                {
                  key: 'by',
                  label: t('overleg.decision.otherSavedAt'),
                  value: formatDateTime(other.decisionDetail.recordedAt ?? other.decisionDetail.draftedAt),
                },
              ]
            : [
                {
                  key: 'none',
                  label: t('overleg.decision.otherState'),
                  value: t('overleg.decision.none'),
                },
              ]
        }
      />
      {other.decisionDetail ? (
        <DecisionView work={work} decision={other.decisionDetail} effect={null} />
      ) : null}
    </>
  );
}
