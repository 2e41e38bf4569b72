import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/overleggen';
import { apiGetBlob, apiSend, queryString } from '../../api';
import { useSignedInUser } from '../../session';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextAreaField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { formatDateTime, localDate } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { StatusBadge } from '../../ui/status-badge';
import type { MeetingWork } from './meeting-page';
import { Confirmation, LegalBasisField, OtherVersion } from './overleg-ui';
import { conflictMeeting } from './overleggen-api';

/**
 * The minutes: the general part drafted by the organiser or the chair, approved by the chair (which makes
 * the whole meeting final), then a PDF per recipient with only what that recipient may see.
 */
export function MinutesSection({ work }: { readonly work: MeetingWork }) {
  const { t } = useTranslation();
  const { meeting } = work;
  const final = meeting.minutes.status === 'definitief';
  const editable = meeting.permissions.draftDecisions && !final;

  return (
    <section aria-labelledby="meeting-minutes" className="duiden-section">
      <Heading level={2} id="meeting-minutes">
        {t('overleg.minutes.title')}
      </Heading>
      <Paragraph>
        {final ? (
          <StatusBadge status="success">{t('overleg.minutes.final')}</StatusBadge>
        ) : (
          <StatusBadge status="neutral">{t('overleg.minutes.draft')}</StatusBadge>
        )}{' '}
        {final && meeting.minutes.approvedAt
          ? t('overleg.minutes.approvedBy', {
              at: formatDateTime(meeting.minutes.approvedAt),
              name: meeting.minutes.approvedByName ?? t('common.none'),
            })
          : t('overleg.minutes.draftIntro')}
      </Paragraph>
      {editable ? (
        <MinutesForm work={work} />
      ) : meeting.standing ? (
        <>
          <Heading level={3} id="minutes-general">
            {t('overleg.minutes.general')}
          </Heading>
          <Paragraph>
            <span className="duiden-prewrap">
              {meeting.minutes.generalText ?? t('overleg.minutes.noText')}
            </span>
          </Paragraph>
        </>
      ) : null}
      {meeting.permissions.approveMinutes ? <ApproveMinutes work={work} /> : null}
      {final ? <MinutesPdf work={work} /> : null}
    </section>
  );
}

function MinutesForm({ work }: { readonly work: MeetingWork }) {
  const { t } = useTranslation();
  const { meeting } = work;
  const [text, setText] = useState(meeting.minutes.generalText ?? '');
  const save = useFormSend({
    send: () =>
      apiSend<Changed>('PUT', `/api/overleggen/${encodeURIComponent(meeting.id)}/notulen`, {
        version: work.minutesVersion,
        generalText: text.trim() === '' ? null : text,
      }),
    onSent: async (r) => {
      await work.changed({ minutes: r.version });
      return true;
    },
    onError: work.failed,
  });
  const other = conflictMeeting(save.mutation.error);
  return (
    <FormFrame
      title={t('overleg.minutes.general')}
      labelledBy="minutes-general"
      done={save.done ? t('overleg.minutes.saved') : null}
      fields={[{ field: 'generalText', id: 'minutes-text', label: t('overleg.minutes.generalLabel') }]}
      conflict={
        other ? (
          <OtherVersion
            version={other.minutes.version}
            items={[
              {
                key: 'text',
                label: t('overleg.minutes.generalLabel'),
                value: (
                  <span className="duiden-prewrap">{other.minutes.generalText ?? t('common.none')}</span>
                ),
              },
            ]}
          />
        ) : null
      }
      {...save.frame}
      submitLabel={t('overleg.minutes.save')}
    >
      <TextAreaField
        id="minutes-text"
        label={t('overleg.minutes.generalLabel')}
        description={t('overleg.minutes.generalDescription')}
        rows={6}
        value={text}
        onValueChange={setText}
        error={save.fieldError('generalText')}
        maxLength={50_000}
      />
    </FormFrame>
  );
}

function ApproveMinutes({ work }: { readonly work: MeetingWork }) {
  const { t } = useTranslation();
  const { meeting } = work;
  const [confirming, setConfirming] = useState(false);
  const approve = useMutation({
    mutationFn: () =>
      apiSend<Changed>('POST', `/api/overleggen/${encodeURIComponent(meeting.id)}/notulen/vaststellen`, {
        version: work.minutesVersion,
      }),
    onSuccess: async (r) => {
      setConfirming(false);
      await work.changed({ minutes: r.version });
      work.announce(t('overleg.minutes.approved'));
    },
    onError: (error) => {
      setConfirming(false);
      work.failed(error);
    },
  });
  return (
    <>
      <Heading level={3} id="minutes-approve">
        {t('overleg.minutes.approveTitle')}
      </Heading>
      <Paragraph>{t('overleg.minutes.approveIntro')}</Paragraph>
      <ErrorSummary error={approve.error} fields={[]} />
      <ButtonGroup>
        <Button appearance="primary-action" onClick={() => setConfirming(true)}>
          {t('overleg.minutes.approve')}
        </Button>
      </ButtonGroup>
      {confirming ? (
        <Confirmation
          title={t('overleg.minutes.approveConfirmTitle')}
          confirmLabel={t('overleg.minutes.approveConfirm')}
          busy={approve.isPending}
          onConfirm={() => approve.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>{t('overleg.minutes.approveConfirmText')}</Paragraph>
        </Confirmation>
      ) : null}
    </>
  );
}

/** Saves a file the browser received (a PDF) under a name. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The approved minutes as a PDF for one recipient. The organiser and the chair choose the recipient
 * organisation (the file then holds only what that organisation may see) and the legal basis of that
 * disclosure; everyone else downloads their own version.
 */
function MinutesPdf({ work }: { readonly work: MeetingWork }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { meeting } = work;
  const mayChoose = meeting.standing === 'organiser' || meeting.standing === 'chair';
  const pdf = useDraft({ organisationId: '', legalBasisId: meeting.legalBasisId ?? '' });
  const { organisationId, legalBasisId } = pdf.draft;
  const recipients = new Map<string, string>();
  for (const m of meeting.members) if (m.kind === 'partner') recipients.set(m.organisationId, m.name);
  for (const i of meeting.items)
    for (const inv of i.invitations) recipients.set(inv.organisationId, inv.organisationName);
  const recipientName = organisationId ? (recipients.get(organisationId) ?? '') : user.organisationName;
  const forPartner = organisationId !== '' || user.organisationKind === 'partner';

  const download = useFormSend({
    send: async () => {
      const query = queryString({
        organisationId: organisationId || undefined,
        legalBasisId: forPartner ? legalBasisId || undefined : undefined,
      });
      const blob = await apiGetBlob(`/api/overleggen/${encodeURIComponent(meeting.id)}/notulen.pdf${query}`);
      const slug = recipientName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      saveFile(blob, `notulen-${meeting.type}-${localDate(meeting.startsAt)}-${slug || 'eigen'}.pdf`);
    },
    onSent: () => recipientName,
  });
  const { summary, bind } = useFormFields(
    download.mutation.error,
    {
      organisationId: { id: 'pdf-organisationId', label: t('overleg.pdf.recipient') },
      legalBasisId: { id: 'pdf-legalBasisId', label: t('overleg.pdf.legalBasis') },
    },
    pdf,
  );

  return (
    <FormFrame
      title={t('overleg.pdf.title')}
      labelledBy="minutes-pdf"
      intro={<Paragraph>{mayChoose ? t('overleg.pdf.introOrganiser') : t('overleg.pdf.introOwn')}</Paragraph>}
      done={download.done !== null ? t('overleg.pdf.downloaded', { organisation: download.done }) : null}
      fields={summary}
      {...download.frame}
      submitLabel={t('overleg.pdf.download')}
    >
      {mayChoose ? (
        <SelectField
          {...bind('organisationId')}
          options={[
            { value: '', label: t('overleg.pdf.own', { organisation: user.organisationName }) },
            ...[...recipients].map(([value, label]) => ({ value, label })),
          ]}
        />
      ) : null}
      {forPartner ? (
        <LegalBasisField
          {...bind('legalBasisId')}
          description={t('overleg.pdf.legalBasisDescription')}
          required
        />
      ) : null}
    </FormFrame>
  );
}
