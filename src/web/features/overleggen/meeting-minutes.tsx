import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/overleggen';
import { apiGetBlob, apiSend, queryString } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextAreaField } from '../../ui/form-field';
import { formatDateTime, localDate } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { StatusBadge } from '../../ui/status-badge';
import type { MeetingWork } from './meeting-page';
import { Confirmation, OtherVersion, useLegalBasisOptions } from './overleg-ui';
import { conflictMeeting, useLegalBases } from './overleggen-api';

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
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      apiSend<Changed>('PUT', `/api/overleggen/${encodeURIComponent(meeting.id)}/notulen`, {
        version: work.minutesVersion,
        generalText: text.trim() === '' ? null : text,
      }),
    onSuccess: async (r) => {
      await work.changed({ minutes: r.version });
      setSaved(true);
    },
    onError: work.failed,
  });
  const fieldError = useFieldErrors(save.error);
  const other = conflictMeeting(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    save.mutate();
  };
  return (
    <>
      <Heading level={3} id="minutes-general">
        {t('overleg.minutes.general')}
      </Heading>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('overleg.minutes.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={save.error}
        fields={[{ field: 'generalText', id: 'minutes-text', label: t('overleg.minutes.generalLabel') }]}
      />
      {other ? (
        <OtherVersion
          version={other.minutes.version}
          items={[
            {
              key: 'text',
              label: t('overleg.minutes.generalLabel'),
              value: <span className="duiden-prewrap">{other.minutes.generalText ?? t('common.none')}</span>,
            },
          ]}
        />
      ) : null}
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="minutes-general">
        <TextAreaField
          id="minutes-text"
          label={t('overleg.minutes.generalLabel')}
          description={t('overleg.minutes.generalDescription')}
          rows={6}
          value={text}
          onValueChange={setText}
          error={fieldError('generalText')}
          maxLength={50_000}
        />
        <Button type="submit" busy={save.isPending}>
          {t('overleg.minutes.save')}
        </Button>
      </form>
    </>
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
  const legalBases = useLegalBases();
  const basisOptions = useLegalBasisOptions(legalBases.data);
  const mayChoose = meeting.standing === 'organiser' || meeting.standing === 'chair';
  const [organisationId, setOrganisationId] = useState('');
  const [legalBasisId, setLegalBasisId] = useState(meeting.legalBasisId ?? '');
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const recipients = new Map<string, string>();
  for (const m of meeting.members) if (m.kind === 'partner') recipients.set(m.organisationId, m.name);
  for (const i of meeting.items)
    for (const inv of i.invitations) recipients.set(inv.organisationId, inv.organisationName);
  const recipientName = organisationId ? (recipients.get(organisationId) ?? '') : user.organisationName;
  const forPartner = organisationId !== '' || user.organisationKind === 'partner';

  const download = useMutation({
    mutationFn: async () => {
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
    onSuccess: () => setDownloaded(recipientName),
  });
  const fieldError = useFieldErrors(download.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (download.isPending) return;
    setDownloaded(null);
    download.mutate();
  };

  return (
    <>
      <Heading level={3} id="minutes-pdf">
        {t('overleg.pdf.title')}
      </Heading>
      <Paragraph>{mayChoose ? t('overleg.pdf.introOrganiser') : t('overleg.pdf.introOwn')}</Paragraph>
      {downloaded !== null ? (
        <Alert type="ok" live>
          <Paragraph>{t('overleg.pdf.downloaded', { organisation: downloaded })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={download.error}
        fields={[
          { field: 'organisationId', id: 'pdf-organisationId', label: t('overleg.pdf.recipient') },
          { field: 'legalBasisId', id: 'pdf-legalBasisId', label: t('overleg.pdf.legalBasis') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="minutes-pdf">
        {mayChoose ? (
          <SelectField
            id="pdf-organisationId"
            label={t('overleg.pdf.recipient')}
            value={organisationId}
            onValueChange={setOrganisationId}
            error={fieldError('organisationId')}
            options={[
              { value: '', label: t('overleg.pdf.own', { organisation: user.organisationName }) },
              ...[...recipients].map(([value, label]) => ({ value, label })),
            ]}
          />
        ) : null}
        {forPartner ? (
          <SelectField
            id="pdf-legalBasisId"
            label={t('overleg.pdf.legalBasis')}
            description={t('overleg.pdf.legalBasisDescription')}
            value={legalBasisId}
            onValueChange={setLegalBasisId}
            error={fieldError('legalBasisId')}
            placeholder={t('overleg.choose')}
            options={basisOptions}
            required
          />
        ) : null}
        <Button type="submit" busy={download.isPending}>
          {t('overleg.pdf.download')}
        </Button>
      </form>
    </>
  );
}
