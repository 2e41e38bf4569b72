import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Changed, MeetingDetail } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { Alert, DoneAlert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { Confirmation } from '../../ui/form-confirmation';
import { OtherVersion } from '../../ui/form-conflict';
import { SelectField, TextField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import {
  formatDateTime,
  formatDayAndTime,
  formatTime,
  localDate,
  localTime,
  toMoment,
} from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { AgendaSection } from './meeting-agenda';
import { MinutesSection } from './meeting-minutes';
import { MeetingStatusBadge } from './overleg-ui';
import {
  chairOptions,
  conflictMeeting,
  meetingKey,
  reloadMeeting,
  useLegalBases,
  useMeeting,
  useMeetings,
} from './overleggen-api';
import { MeetingTimeFields, useMeetingTimes } from './plan-fields';

/**
 * What the sections of a meeting page share: the meeting as shown and the versions its changes are based
 * on (the meeting's and the minutes'). They move only with this page's own changes and, after a conflict,
 * to the version the user has now been shown.
 */
export interface MeetingWork {
  readonly meeting: MeetingDetail;
  readonly baseVersion: number;
  readonly minutesVersion: number;
  /** After one of this page's own changes: keep the new version and read the meeting again. */
  readonly changed: (versions: { meeting?: number; minutes?: number }) => Promise<void>;
  /** After a refused change: on a conflict, show the version someone else saved. */
  readonly failed: (error: unknown) => void;
  /** Says what a step did, also when the step's own section is gone afterwards (cancelled, approved). */
  readonly announce: (message: string) => void;
}

export function meetingTitle(m: Pick<MeetingDetail, 'title' | 'startsAt'>): string {
  return `${m.title}, ${formatDayAndTime(m.startsAt)}`;
}

/** /overleggen/:id: one meeting with the part of its agenda the user may see, and what they may do with it. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const title = meeting.data ? meetingTitle(meeting.data) : t('overleg.meeting.titleLoading');
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <AppLink to="/overleggen">{t('overleg.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {meeting.data ? <MeetingDetails key={meeting.data.id} initial={meeting.data} /> : null}
      {meeting.isPending ? <Loading /> : null}
      {meeting.error ? <LoadError error={meeting.error} /> : null}
    </>
  );
}

function MeetingDetails({ initial }: { readonly initial: MeetingDetail }) {
  const queryClient = useQueryClient();
  const meeting = useMeeting(initial.id).data ?? initial;
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [minutesVersion, setMinutesVersion] = useState(initial.minutes.version);
  const changed = useCallback(
    async (v: { meeting?: number; minutes?: number }) => {
      if (v.meeting !== undefined) setBaseVersion(v.meeting);
      if (v.minutes !== undefined) setMinutesVersion(v.minutes);
      await reloadMeeting(queryClient, initial.id);
    },
    [queryClient, initial.id],
  );
  const failed = useCallback(
    (error: unknown) => {
      const current = conflictMeeting(error);
      if (!current) return;
      queryClient.setQueryData(meetingKey(initial.id), current);
      setBaseVersion(current.version);
      setMinutesVersion(current.minutes.version);
    },
    [queryClient, initial.id],
  );
  const [notice, setNotice] = useState<string | null>(null);
  const work: MeetingWork = { meeting, baseVersion, minutesVersion, changed, failed, announce: setNotice };

  return (
    <>
      {notice ? <DoneAlert>{notice}</DoneAlert> : null}
      <Overview meeting={meeting} />
      {meeting.permissions.manage ? <ManageSection work={work} /> : null}
      <AgendaSection work={work} />
      {meeting.status !== 'geannuleerd' ? <MinutesSection work={work} /> : null}
    </>
  );
}

function Overview({ meeting }: { readonly meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const legalBases = useLegalBases();
  const basis = legalBases.data?.find((b) => b.id === meeting.legalBasisId);
  const none = t('common.none');
  return (
    <section aria-labelledby="meeting-overview" className="duiden-section">
      <Heading level={2} id="meeting-overview">
        {t('overleg.meeting.overviewTitle')}
      </Heading>
      {meeting.standing ? null : (
        <Alert type="info">
          <Paragraph>{t('overleg.meeting.invitedOnly')}</Paragraph>
        </Alert>
      )}
      <DataList
        items={[
          { key: 'type', label: t('overleg.meeting.type'), value: t(`overleg.types.${meeting.type}`) },
          {
            key: 'status',
            label: t('overleg.meeting.status'),
            value: <MeetingStatusBadge status={meeting.status} />,
          },
          {
            key: 'when',
            label: t('overleg.meeting.when'),
            value: meeting.endsAt
              ? t('overleg.meeting.whenUntil', {
                  start: formatDayAndTime(meeting.startsAt),
                  end: formatTime(meeting.endsAt),
                })
              : formatDayAndTime(meeting.startsAt),
          },
          { key: 'location', label: t('overleg.meeting.location'), value: meeting.location ?? none },
          {
            key: 'online',
            label: t('overleg.meeting.onlineUrl'),
            value: meeting.onlineUrl ? (
              <a href={meeting.onlineUrl} className="utrecht-link utrecht-link--html-a" rel="noreferrer">
                {meeting.onlineUrl}
              </a>
            ) : (
              none
            ),
          },
          { key: 'chair', label: t('overleg.meeting.chair'), value: meeting.chair.name },
          { key: 'organiser', label: t('overleg.meeting.organiser'), value: meeting.organiser.name },
          {
            key: 'members',
            label: t('overleg.meeting.members'),
            value: meeting.members.length > 0 ? meeting.members.map((m) => m.name).join(', ') : none,
          },
          {
            key: 'standing',
            label: t('overleg.meeting.standing'),
            value: t(`overleg.standing.${meeting.standing ?? 'invited'}`),
          },
          {
            key: 'legalBasis',
            label: t('overleg.meeting.legalBasis'),
            value: basis ? (language === 'en' ? basis.labelEn : basis.labelNl) : none,
          },
          {
            key: 'published',
            label: t('overleg.meeting.published'),
            value: meeting.agendaPublishedAt
              ? formatDateTime(meeting.agendaPublishedAt)
              : t('overleg.meeting.notPublished'),
          },
          ...(meeting.partnerWindowEndsAt
            ? [
                {
                  key: 'window',
                  label: t('overleg.meeting.partnerWindow'),
                  value: formatDateTime(meeting.partnerWindowEndsAt),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

/** Publishing the agenda, changing the details and cancelling: for the organiser while the meeting is open. */
function ManageSection({ work }: { readonly work: MeetingWork }) {
  const { t } = useTranslation();
  const { meeting } = work;
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const path = `/api/overleggen/${encodeURIComponent(meeting.id)}`;

  const publish = useMutation({
    mutationFn: () =>
      apiSend<Changed & { notified: number }>('POST', `${path}/agenda-publiceren`, {
        version: work.baseVersion,
      }),
    onSuccess: async (r) => {
      await work.changed({ meeting: r.version });
      setDone(t('overleg.manage.published', { count: r.notified }));
    },
    onError: work.failed,
  });
  const cancel = useMutation({
    mutationFn: () => apiSend<Changed>('POST', `${path}/annuleren`, { version: work.baseVersion }),
    onSuccess: async (r) => {
      setConfirming(false);
      await work.changed({ meeting: r.version });
      work.announce(t('overleg.manage.cancelled'));
    },
    onError: (error) => {
      setConfirming(false);
      work.failed(error);
    },
  });
  const error = publish.error ?? cancel.error;
  const other = conflictMeeting(error);

  return (
    <section aria-labelledby="meeting-manage" className="duiden-section">
      <Heading level={2} id="meeting-manage">
        {t('overleg.manage.title')}
      </Heading>
      <Paragraph>
        {meeting.status === 'voorbereiding'
          ? t('overleg.manage.introDraft')
          : t('overleg.manage.introPublished')}
      </Paragraph>
      {done ? <DoneAlert>{done}</DoneAlert> : null}
      <ErrorSummary error={error} fields={[]} />
      {other ? (
        <OtherVersion
          version={other.version}
          items={[
            {
              key: 'status',
              label: t('overleg.meeting.status'),
              value: t(`overleg.statuses.${other.status}`),
            },
          ]}
        />
      ) : null}
      <ButtonGroup>
        <Button
          appearance="primary-action"
          busy={publish.isPending}
          onClick={() => {
            if (publish.isPending) return;
            setDone(null);
            publish.reset();
            cancel.reset();
            publish.mutate();
          }}
        >
          {meeting.status === 'voorbereiding'
            ? t('overleg.manage.publish')
            : t('overleg.manage.publishAgain')}
        </Button>
        <Button aria-expanded={editing} aria-controls="meeting-edit" onClick={() => setEditing((e) => !e)}>
          {t('overleg.manage.edit')}
        </Button>
        <Button
          danger
          onClick={() => {
            setDone(null);
            setConfirming(true);
          }}
        >
          {t('overleg.manage.cancel')}
        </Button>
      </ButtonGroup>
      {confirming ? (
        <Confirmation
          title={t('overleg.manage.cancelConfirmTitle')}
          confirmLabel={t('overleg.manage.cancelConfirm')}
          busy={cancel.isPending}
          onConfirm={() => cancel.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>{t('overleg.manage.cancelConfirmText')}</Paragraph>
        </Confirmation>
      ) : null}
      <div id="meeting-edit">{editing ? <EditMeetingForm work={work} /> : null}</div>
    </section>
  );
}

function EditMeetingForm({ work }: { readonly work: MeetingWork }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { meeting } = work;
  const meetings = useMeetings({});
  const times = useMeetingTimes({
    day: localDate(meeting.startsAt),
    start: localTime(meeting.startsAt),
    end: meeting.endsAt ? localTime(meeting.endsAt) : '',
  });
  const { day, start, end } = times;
  const edit = useDraft({
    title: meeting.title,
    location: meeting.location ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    chairUserId: meeting.chair.userId,
  });
  const { title, location, onlineUrl, chairUserId } = edit.draft;
  const chairs = chairOptions(user, meetings.data ?? [], meeting.chair);

  const save = useFormSend({
    send: () =>
      apiSend<Changed>('PATCH', `/api/overleggen/${encodeURIComponent(meeting.id)}`, {
        version: work.baseVersion,
        title: title.trim() === '' ? null : title.trim(),
        // A date or time that is not one is sent as typed, so the server names the field.
        startsAt: toMoment(day, start) ?? `${day} ${start}`,
        endsAt: end ? (toMoment(day, end) ?? `${day} ${end}`) : null,
        location: location.trim() === '' ? null : location.trim(),
        onlineUrl: onlineUrl.trim() === '' ? null : onlineUrl.trim(),
        chairUserId,
      }),
    onSent: async (r) => {
      await work.changed({ meeting: r.version });
      return true;
    },
    onError: work.failed,
  });
  const other = conflictMeeting(save.mutation.error);
  const label = (f: 'title' | 'day' | 'start' | 'end' | 'location' | 'onlineUrl' | 'chairUserId') =>
    t(`overleg.plan.fields.${f}`);
  // The inputs are named as in the planning form; the server names the moments startsAt and endsAt.
  const named = (name: 'title' | 'day' | 'end' | 'location' | 'onlineUrl' | 'chairUserId') => ({
    id: `edit-${name}`,
    label: label(name),
  });
  const { summary, bind, fieldError } = useFormFields(
    save.mutation.error,
    {
      title: named('title'),
      startsAt: named('day'),
      endsAt: named('end'),
      location: named('location'),
      onlineUrl: named('onlineUrl'),
      chairUserId: named('chairUserId'),
    },
    edit,
  );

  return (
    <section aria-labelledby="meeting-edit-title">
      <FormFrame
        title={t('overleg.manage.editTitle')}
        labelledBy="meeting-edit-title"
        done={save.done ? t('overleg.manage.saved') : null}
        fields={summary}
        conflict={
          other ? (
            <OtherVersion
              version={other.version}
              items={[
                { key: 'title', label: label('title'), value: other.title },
                {
                  key: 'when',
                  label: t('overleg.meeting.when'),
                  value: formatDayAndTime(other.startsAt),
                },
                { key: 'location', label: label('location'), value: other.location ?? t('common.none') },
                { key: 'onlineUrl', label: label('onlineUrl'), value: other.onlineUrl ?? t('common.none') },
                { key: 'chair', label: label('chairUserId'), value: other.chair.name },
              ]}
            />
          ) : null
        }
        {...save.frame}
        submitLabel={t('overleg.manage.save')}
      >
        <TextField {...bind('title')} autoComplete="off" maxLength={200} />
        <MeetingTimeFields idOf={(name) => `edit-${name}`} times={times} fieldError={fieldError} />
        <TextField {...bind('location')} optional autoComplete="off" maxLength={300} />
        <TextField {...bind('onlineUrl')} type="url" optional autoComplete="off" maxLength={500} />
        <SelectField
          {...bind('chairUserId')}
          options={chairs.map((c) => ({
            value: c.userId,
            label: c.userId === user.id ? t('overleg.plan.me', { name: c.name }) : c.name,
          }))}
          required
        />
      </FormFrame>
    </section>
  );
}
