import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Changed } from '../../../contract/casussen';
import type { AgendaItemDetail, MeetingDetail } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { Alert, DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { OtherVersion } from '../../ui/form-conflict';
import { TextAreaField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { formatDateTime, formatDayAndTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { InviteForm } from './invite-form';
import { ActionsSection } from './item-actions';
import { ContributionsSection } from './item-contributions';
import { DecisionSection } from './item-decision';
import { decisionText, subjectStateText, useMayOpenSignals } from './meeting-agenda';
import { conflictItem, itemKey, reloadItem, useItem, useMeeting } from './overleggen-api';

/**
 * What the sections of an item page share: the item and its meeting as shown, and the item's version its
 * own changes (notes, minutes text, invitations) are based on.
 */
export interface ItemWork {
  readonly item: AgendaItemDetail;
  readonly meeting: MeetingDetail;
  readonly baseVersion: number;
  /** After one of this page's own changes: keep the item's new version (if given) and read it again. */
  readonly changed: (itemVersion?: number) => Promise<void>;
  /** After a refused change: on a conflict carrying the item, show the version someone else saved. */
  readonly failed: (error: unknown) => void;
}

/** /agendapunten/:id: one agenda item as far as the user may see it, and what they may do with it. */
export function ItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useItem(id);
  const meeting = useMeeting(item.data?.meetingId ?? '');
  const title = item.data ? item.data.title : t('overleg.item.titleLoading');
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        {item.data ? (
          <AppLink to={`/overleggen/${item.data.meetingId}`}>{t('overleg.item.backToMeeting')}</AppLink>
        ) : (
          <AppLink to="/overleggen">{t('overleg.backToList')}</AppLink>
        )}
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {item.data && meeting.data ? (
        <ItemDetails key={item.data.id} initial={item.data} meeting={meeting.data} />
      ) : null}
      {item.isPending || (item.data && meeting.isPending) ? <Loading /> : null}
      {item.error ? <LoadError error={item.error} /> : null}
      {meeting.error ? <LoadError error={meeting.error} /> : null}
    </>
  );
}

function ItemDetails({
  initial,
  meeting,
}: {
  readonly initial: AgendaItemDetail;
  readonly meeting: MeetingDetail;
}) {
  const queryClient = useQueryClient();
  const item = useItem(initial.id).data ?? initial;
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const changed = useCallback(
    async (version?: number) => {
      if (version !== undefined) setBaseVersion(version);
      await reloadItem(queryClient, initial.id, initial.meetingId);
    },
    [queryClient, initial.id, initial.meetingId],
  );
  const failed = useCallback(
    (error: unknown) => {
      const current = conflictItem(error);
      if (!current) return;
      queryClient.setQueryData(itemKey(initial.id), current);
      setBaseVersion(current.version);
    },
    [queryClient, initial.id],
  );
  const work: ItemWork = { item, meeting, baseVersion, changed, failed };
  const full = item.view === 'full';

  return (
    <>
      <Overview work={work} />
      {full && (item.permissions.edit || item.permissions.draftDecision) ? <NotesForm work={work} /> : null}
      {item.permissions.edit ? <InvitationsSection work={work} /> : null}
      <ContributionsSection work={work} />
      {full ? <DecisionSection work={work} /> : null}
      {full ? <ActionsSection work={work} /> : null}
    </>
  );
}

function Overview({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const { item, meeting } = work;
  const mayOpenSignals = useMayOpenSignals();
  const none = t('common.none');
  const full = item.view === 'full';
  const state = subjectStateText(item.signal?.status ?? item.casus?.phase ?? null, t);
  return (
    <section aria-labelledby="item-overview" className="duiden-section">
      <Heading level={2} id="item-overview">
        {t('overleg.item.overviewTitle')}
      </Heading>
      {item.restricted ? (
        <Alert type="warning">
          <Paragraph>{t('overleg.item.restricted')}</Paragraph>
        </Alert>
      ) : null}
      {full ? null : (
        <Alert type="info">
          <Paragraph>{t('overleg.item.ownOnlyNotice')}</Paragraph>
        </Alert>
      )}
      <DataList
        items={[
          {
            key: 'meeting',
            label: t('overleg.item.meeting'),
            value: (
              <AppLink to={`/overleggen/${meeting.id}`}>
                {t('overleg.item.meetingLink', {
                  type: t(`overleg.types.${meeting.type}`),
                  when: formatDayAndTime(meeting.startsAt),
                })}
              </AppLink>
            ),
          },
          { key: 'position', label: t('overleg.item.position'), value: String(item.position) },
          ...(full
            ? [
                {
                  key: 'subject',
                  label: t('overleg.item.subject'),
                  value: (
                    <>
                      {item.signal ? (
                        mayOpenSignals ? (
                          <AppLink to={`/meldingen/${item.signal.id}`}>
                            {t('overleg.agenda.signalLink', { reference: item.signal.reference })}
                          </AppLink>
                        ) : (
                          t('overleg.agenda.signal', { reference: item.signal.reference })
                        )
                      ) : null}
                      {item.casus ? t('overleg.agenda.casus', { reference: item.casus.reference }) : null}
                      {!item.signal && !item.casus ? none : null}
                    </>
                  ),
                },
                ...(state ? [{ key: 'state', label: t('overleg.item.subjectState'), value: state }] : []),
                {
                  key: 'persons',
                  label: t('overleg.item.persons'),
                  value:
                    item.signal?.kind === 'adviesvraag'
                      ? t('overleg.item.adviceQuestion')
                      : item.persons.length > 0
                        ? item.persons.map((p) => p.name).join(', ')
                        : none,
                },
                {
                  key: 'notes',
                  label: t('overleg.item.notes'),
                  value: <span className="duiden-prewrap">{item.notes ?? none}</span>,
                },
                {
                  key: 'decision',
                  label: t('overleg.item.decision'),
                  value: decisionText(item.decision, t),
                },
              ]
            : []),
          ...(item.invitations.length > 0
            ? [
                {
                  key: 'invited',
                  label: t('overleg.item.invited'),
                  value: item.invitations
                    .map((i) =>
                      t('overleg.item.invitedOn', {
                        organisation: i.organisationName,
                        at: formatDateTime(i.invitedAt),
                      }),
                    )
                    .join('; '),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

/** The explanation for the meeting and the minutes text of this item (organiser or chair). */
function NotesForm({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const { item } = work;
  const texts = useDraft({ notes: item.notes ?? '', minutesText: item.minutesText ?? '' });
  const { notes, minutesText } = texts.draft;
  const save = useFormSend({
    send: () =>
      apiSend<Changed>('PATCH', `/api/agendapunten/${encodeURIComponent(item.id)}`, {
        version: work.baseVersion,
        notes: notes.trim() === '' ? null : notes,
        minutesText: minutesText.trim() === '' ? null : minutesText,
      }),
    onSent: async (r) => {
      await work.changed(r.version);
      return true;
    },
    onError: work.failed,
  });
  const { summary, bind, field } = useFormFields(
    save.mutation.error,
    {
      notes: { id: 'item-notes-text', label: t('overleg.item.notes') },
      minutesText: { id: 'item-minutes-text', label: t('overleg.item.minutesText') },
    },
    texts,
  );
  const other = conflictItem(save.mutation.error);
  return (
    <section aria-labelledby="item-notes" className="duiden-section">
      <FormFrame
        title={t('overleg.item.notesTitle')}
        titleLevel={2}
        labelledBy="item-notes"
        done={save.done ? t('overleg.item.notesSaved') : null}
        fields={summary}
        conflict={
          other ? (
            <OtherVersion
              version={other.version}
              items={(['notes', 'minutesText'] as const).map((name) => ({
                key: name === 'notes' ? name : 'minutes',
                label: field(name).label,
                value: <span className="duiden-prewrap">{other[name] ?? t('common.none')}</span>,
              }))}
            />
          ) : null
        }
        {...save.frame}
        submitLabel={t('overleg.item.notesSave')}
      >
        <TextAreaField
          {...bind('notes')}
          description={t('overleg.item.notesDescription')}
          rows={3}
          maxLength={10_000}
        />
        <TextAreaField
          {...bind('minutesText')}
          description={t('overleg.item.minutesTextDescription')}
          rows={4}
          maxLength={50_000}
        />
      </FormFrame>
    </section>
  );
}

/** The partner organisations invited for this item only: ended here, added with a legal basis. */
function InvitationsSection({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const { item, meeting } = work;
  const [revoked, setRevoked] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: (organisationId: string) =>
      apiSend<void>(
        'DELETE',
        `/api/agendapunten/${encodeURIComponent(item.id)}/uitnodigingen/${encodeURIComponent(organisationId)}`,
      ),
    onSuccess: (_r, organisationId) =>
      setRevoked(item.invitations.find((i) => i.organisationId === organisationId)?.organisationName ?? ''),
    onSettled: () => work.changed(),
  });
  return (
    <section aria-labelledby="item-invitations" className="duiden-section">
      <Heading level={2} id="item-invitations">
        {t('overleg.item.invitationsTitle')}
      </Heading>
      {revoked !== null ? (
        <DoneAlert>{t('overleg.item.revoked', { organisation: revoked })}</DoneAlert>
      ) : null}
      <ErrorSummary error={revoke.error} fields={[]} />
      {item.invitations.length === 0 ? (
        <Paragraph>{t('overleg.item.noInvitations')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {item.invitations.map((i) => (
            <li key={i.organisationId}>
              {t('overleg.item.invitedOn', {
                organisation: i.organisationName,
                at: formatDateTime(i.invitedAt),
              })}{' '}
              <Button
                appearance="subtle"
                busy={revoke.isPending && revoke.variables === i.organisationId}
                aria-label={t('overleg.item.revokeLabel', { organisation: i.organisationName })}
                onClick={() => {
                  if (revoke.isPending) return;
                  setRevoked(null);
                  revoke.mutate(i.organisationId);
                }}
              >
                {t('overleg.item.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <InviteForm
        meetingId={meeting.id}
        items={[{ id: item.id, title: item.title }]}
        memberIds={meeting.members.map((m) => m.organisationId)}
        idPrefix="item-invite"
        meetingType={meeting.type}
      />
    </section>
  );
}
