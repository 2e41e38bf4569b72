import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaCandidate, AgendaItemSummary, Changed } from '../../../contract/overleggen';
import { CASE_PHASES } from '../../../domain/casus/types';
import { isOneOf, STATUSES } from '../../../domain/melding/types';
import { TRIAGE_OUTCOMES } from '../../../domain/overleg/types';
import { apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { areasFor } from '../../navigation';
import { useSignedInUser } from '../../session';
import { DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { LoadMore } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { InviteForm } from './invite-form';
import type { MeetingWork } from './meeting-page';
import { reloadMeeting, useCandidates } from './overleggen-api';

const RECORDED_OUTCOMES = [...TRIAGE_OUTCOMES, 'pga_ja', 'pga_nee', 'besluit'] as const;

/** What was decided on an item, in words: nothing yet, a draft, or the recorded outcome. */
export function decisionText(decision: AgendaItemSummary['decision'], t: TFunction): string {
  if (!decision) return t('overleg.decision.none');
  if (decision.status !== 'vastgesteld') return t('overleg.decision.draftState');
  return isOneOf(RECORDED_OUTCOMES, decision.outcome)
    ? t('overleg.decision.recordedAs', { outcome: t(`overleg.outcomes.${decision.outcome}`) })
    : t('overleg.decision.recorded');
}

/** The status of a signal or the phase of a case as words. */
export function subjectStateText(value: string | null, t: TFunction): string | null {
  if (isOneOf(STATUSES, value)) return t(`meldpunt.statuses.${value}`);
  if (isOneOf(CASE_PHASES, value)) return t(`overleg.phases.${value}`);
  return null;
}

/** Whether the user works with signals in the meldpunt, and so may open a signal from an agenda. */
export function useMayOpenSignals(): boolean {
  const user = useSignedInUser();
  return areasFor(user.role).some((a) => a.area === 'meldingen');
}

/** The agenda as the user may see it, and for the organiser: adding items and inviting partners. */
export function AgendaSection({ work }: { readonly work: MeetingWork }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { meeting } = work;
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (item: AgendaItemSummary) =>
      apiSend<void>('DELETE', `/api/agendapunten/${encodeURIComponent(item.id)}?version=${item.version}`),
    onSuccess: (_r, item) => setRemoved(item.title),
    // Also after a refusal: read the agenda again, so what is shown is what is saved now.
    onSettled: () => reloadMeeting(queryClient, meeting.id),
  });
  const manage = meeting.permissions.manage;
  const fullItems = meeting.items.filter((i) => i.view === 'full');

  return (
    <section aria-labelledby="meeting-agenda" className="duiden-section">
      <Heading level={2} id="meeting-agenda">
        {t('overleg.agenda.title')}
      </Heading>
      {removed ? <DoneAlert>{t('overleg.agenda.removed', { title: removed })}</DoneAlert> : null}
      <ErrorSummary error={remove.error} fields={[]} />
      {meeting.items.length === 0 ? (
        <Paragraph>{t('overleg.agenda.none')}</Paragraph>
      ) : (
        <AgendaTable
          items={meeting.items}
          onRemove={
            manage
              ? (item) => {
                  if (remove.isPending) return;
                  setRemoved(null);
                  remove.mutate(item);
                }
              : null
          }
          removing={remove.isPending ? (remove.variables?.id ?? null) : null}
        />
      )}
      {manage ? <Candidates work={work} /> : null}
      {manage ? (
        <InviteForm
          meetingId={meeting.id}
          items={fullItems}
          memberIds={meeting.members.map((m) => m.organisationId)}
          idPrefix="meeting-invite"
          meetingType={meeting.type}
        />
      ) : null}
    </section>
  );
}

function AgendaTable({
  items,
  onRemove,
  removing,
}: {
  readonly items: readonly AgendaItemSummary[];
  readonly onRemove: ((item: AgendaItemSummary) => void) | null;
  readonly removing: string | null;
}) {
  const { t } = useTranslation();
  const mayOpenSignals = useMayOpenSignals();
  return (
    <Table
      caption={t('overleg.agenda.tableCaption')}
      captionHidden
      head={
        <Tr>
          <Th>{t('overleg.agenda.columns.position')}</Th>
          <Th>{t('overleg.agenda.columns.item')}</Th>
          <Th>{t('overleg.agenda.columns.about')}</Th>
          <Th>{t('overleg.agenda.columns.invited')}</Th>
          <Th>{t('overleg.agenda.columns.decision')}</Th>
          {onRemove ? <Th>{t('overleg.agenda.columns.action')}</Th> : null}
        </Tr>
      }
    >
      {items.map((i) => {
        const state = subjectStateText(i.signal?.status ?? i.casus?.phase ?? null, t);
        return (
          <Tr key={i.id}>
            <Td nowrap>{i.position}</Td>
            <Td>
              <AppLink to={`/agendapunten/${i.id}`}>{i.title}</AppLink>
              {i.restricted ? (
                <>
                  <br />
                  <span className="duiden-muted">{t('overleg.agenda.restricted')}</span>
                </>
              ) : null}
            </Td>
            <Td className="duiden-cell-text">
              {i.view === 'full' ? (
                <>
                  {i.signal ? (
                    mayOpenSignals ? (
                      <AppLink to={`/meldingen/${i.signal.id}`}>
                        {t('overleg.agenda.signalLink', { reference: i.signal.reference })}
                      </AppLink>
                    ) : (
                      t('overleg.agenda.signal', { reference: i.signal.reference })
                    )
                  ) : null}
                  {i.casus ? t('overleg.agenda.casus', { reference: i.casus.reference }) : null}
                  {state ? ` (${state})` : null}
                  {i.persons.length > 0 ? (
                    <>
                      <br />
                      {t('overleg.agenda.persons', { names: i.persons.map((p) => p.name).join(', ') })}
                    </>
                  ) : null}
                  {i.signal?.kind === 'adviesvraag' ? (
                    <>
                      <br />
                      {t('overleg.candidates.adviceQuestion')}
                    </>
                  ) : null}
                </>
              ) : (
                <span className="duiden-muted">{t('overleg.item.ownOnly')}</span>
              )}
            </Td>
            <Td>
              {i.invitations.length > 0
                ? i.invitations.map((inv) => inv.organisationName).join(', ')
                : t('common.none')}
            </Td>
            <Td>{decisionText(i.decision, t)}</Td>
            {onRemove ? (
              <Td>
                {i.decision?.status === 'vastgesteld' ? null : (
                  <Button
                    busy={removing === i.id}
                    aria-label={t('overleg.agenda.removeLabel', { title: i.title })}
                    onClick={() => onRemove(i)}
                  >
                    {t('overleg.agenda.remove')}
                  </Button>
                )}
              </Td>
            ) : null}
          </Tr>
        );
      })}
    </Table>
  );
}

/** What may go on this agenda: signals for triage and weighing, open cases for the case meeting. */
function Candidates({ work }: { readonly work: MeetingWork }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const queryClient = useQueryClient();
  const { meeting } = work;
  const { query: candidates, items: list } = useCandidates(meeting.id);
  const mayOpenSignals = useMayOpenSignals();
  const [placed, setPlaced] = useState<string | null>(null);
  const place = useMutation({
    mutationFn: (c: AgendaCandidate) =>
      apiSend<Changed>(
        'POST',
        `/api/overleggen/${encodeURIComponent(meeting.id)}/agendapunten`,
        c.kind === 'casus' ? { casusId: c.id } : { signalId: c.id },
      ),
    onSuccess: async (_r, c) => {
      await reloadMeeting(queryClient, meeting.id);
      setPlaced(c.reference);
    },
  });

  return (
    <section aria-labelledby="meeting-candidates" className="duiden-section">
      <Heading level={3} id="meeting-candidates">
        {t('overleg.candidates.title')}
      </Heading>
      <Paragraph>{t(`overleg.candidates.intro.${meeting.type}`)}</Paragraph>
      {placed ? <DoneAlert>{t('overleg.candidates.placed', { reference: placed })}</DoneAlert> : null}
      <ErrorSummary error={place.error} fields={[]} />
      {candidates.isPending ? <Loading /> : null}
      {candidates.data && list.length === 0 ? <Paragraph>{t('overleg.candidates.none')}</Paragraph> : null}
      {list.length > 0 ? (
        <Table
          caption={t('overleg.candidates.tableCaption')}
          captionHidden
          head={
            <Tr>
              <Th>{t('overleg.candidates.columns.reference')}</Th>
              <Th>{t('overleg.candidates.columns.persons')}</Th>
              <Th>{t('overleg.candidates.columns.about')}</Th>
              <Th>{t('overleg.candidates.columns.action')}</Th>
            </Tr>
          }
        >
          {list.map((c) => {
            const state = subjectStateText(c.status, t);
            return (
              <Tr key={c.id}>
                <Td nowrap>
                  {c.kind === 'signaal' && mayOpenSignals ? (
                    <AppLink to={`/meldingen/${c.id}`}>{c.reference}</AppLink>
                  ) : (
                    c.reference
                  )}
                  {c.restricted ? (
                    <>
                      <br />
                      <span className="duiden-muted">{t('overleg.agenda.restricted')}</span>
                    </>
                  ) : null}
                </Td>
                <Td>
                  {c.signalKind === 'adviesvraag'
                    ? t('overleg.candidates.adviceQuestion')
                    : c.persons.length > 0
                      ? c.persons.map((p) => p.name).join(', ')
                      : t('common.none')}
                </Td>
                <Td className="duiden-cell-text">
                  {[
                    state,
                    c.category ? (language === 'en' ? c.category.en : c.category.nl) : null,
                    c.receivedAt
                      ? t('overleg.candidates.received', { at: formatDateTime(c.receivedAt) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {c.summary ? (
                    <>
                      <br />
                      {c.summary}
                    </>
                  ) : null}
                </Td>
                <Td>
                  <Button
                    busy={place.isPending && place.variables?.id === c.id}
                    aria-label={t('overleg.candidates.placeLabel', { reference: c.reference })}
                    onClick={() => {
                      if (place.isPending) return;
                      setPlaced(null);
                      place.mutate(c);
                    }}
                  >
                    {t('overleg.candidates.place')}
                  </Button>
                </Td>
              </Tr>
            );
          })}
        </Table>
      ) : null}
      <LoadMore
        query={candidates}
        texts={{ loadMore: t('paging.loadMore'), loadingMore: t('paging.loadingMore') }}
      />
    </section>
  );
}
