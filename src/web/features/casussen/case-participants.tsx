import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../contract/casussen';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDate } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useOrganisations } from '../beheer/users-api';
import { useCaseOfPage } from './case-context';
import { CaseConflict, useCaseChange } from './case-decisions';
import { casePath, usePartnerStaff } from './casus-api';

/**
 * Who takes part in the case: partner organisations, optionally one named person of each, with their role.
 * The regie adds them and ends a participation (the partner then no longer sees the case).
 */
export function CaseParticipants() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const [ending, setEnding] = useState<string | null>(null);
  const mayChange = c.access === 'regie' && c.phase !== 'afgesloten';
  return (
    <section aria-labelledby="case-participants" className="duiden-section">
      <Heading level={2} id="case-participants">
        {t('casus.participants.title')}
      </Heading>
      {c.participants.length === 0 ? (
        <Paragraph>{t('casus.participants.none')}</Paragraph>
      ) : (
        <Table
          caption={t('casus.participants.title')}
          captionHidden
          head={
            <Tr>
              <Th>{t('casus.participants.organisation')}</Th>
              <Th>{t('casus.participants.person')}</Th>
              <Th>{t('casus.participants.role')}</Th>
              <Th>{t('casus.participants.period')}</Th>
              {mayChange ? <Th>{t('casus.participants.actions')}</Th> : null}
            </Tr>
          }
        >
          {c.participants.map((p) => (
            <Tr key={p.id}>
              <Td>{p.organisation.name}</Td>
              <Td>{p.user?.name ?? t('common.none')}</Td>
              <Td>{p.role}</Td>
              <Td>
                {p.leftAt
                  ? t('casus.participants.ended', { from: formatDate(p.joinedAt), to: formatDate(p.leftAt) })
                  : t('casus.participants.since', { from: formatDate(p.joinedAt) })}
                {p.leftReason ? (
                  <>
                    <br />
                    <span className="duiden-muted">
                      {t('casus.participants.leftReason', { reason: p.leftReason })}
                    </span>
                  </>
                ) : null}
              </Td>
              {mayChange ? (
                <Td>
                  {p.active ? (
                    <Button
                      appearance="subtle"
                      aria-expanded={ending === p.id}
                      onClick={() => setEnding(ending === p.id ? null : p.id)}
                    >
                      {t('casus.participants.end', { organisation: p.organisation.name })}
                    </Button>
                  ) : null}
                </Td>
              ) : null}
            </Tr>
          ))}
        </Table>
      )}
      {mayChange && ending ? (
        <EndParticipation
          key={ending}
          participant={c.participants.find((p) => p.id === ending) ?? null}
          onClose={() => setEnding(null)}
        />
      ) : null}
      {mayChange ? <AddParticipant /> : null}
    </section>
  );
}

function EndParticipation({
  participant,
  onClose,
}: {
  readonly participant: Participant | null;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const [reason, setReason] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const end = useCaseChange(
    () =>
      apiSend('POST', `${casePath(c.id)}/deelnemers/${participant?.id ?? ''}/beeindigen`, {
        reason: reason.trim() || null,
      }),
    onClose,
  );
  const fieldError = useFieldErrors(end.error);
  if (!participant) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!end.isPending) end.mutate();
  };
  return (
    <>
      <h3 className="utrecht-heading-3" id="participant-end" ref={heading} tabIndex={-1}>
        {t('casus.participants.endTitle', { organisation: participant.organisation.name })}
      </h3>
      <Paragraph small>{t('casus.participants.endIntro')}</Paragraph>
      <ErrorSummary
        error={end.error}
        fields={[{ field: 'reason', id: 'participant-end-reason', label: t('casus.participants.endReason') }]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="participant-end">
        <TextAreaField
          id="participant-end-reason"
          label={t('casus.participants.endReason')}
          rows={2}
          value={reason}
          onValueChange={setReason}
          error={fieldError('reason')}
          maxLength={2000}
          optional
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" danger busy={end.isPending}>
            {t('casus.participants.endSubmit')}
          </Button>
          <Button onClick={onClose}>{t('casus.confirmCancel')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function AddParticipant() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const staff = usePartnerStaff(organisationId);
  const partners = (organisations.data ?? []).filter((o) => o.kind === 'partner');
  const add = useCaseChange(
    () =>
      apiSend('POST', `${casePath(c.id)}/deelnemers`, {
        organisationId,
        userId: userId || null,
        role,
      }),
    () => {
      setAdded(partners.find((o) => o.id === organisationId)?.name ?? '');
      setOrganisationId('');
      setUserId('');
      setRole('');
    },
  );
  const fieldError = useFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    setAdded(null);
    add.mutate();
  };
  return (
    <>
      <Heading level={3} id="participant-add">
        {t('casus.participants.addTitle')}
      </Heading>
      {added !== null ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.participants.added', { organisation: added })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={add.error}
        fields={[
          {
            field: 'organisationId',
            id: 'participant-organisation',
            label: t('casus.participants.organisation'),
          },
          { field: 'userId', id: 'participant-user', label: t('casus.participants.person') },
          { field: 'role', id: 'participant-role', label: t('casus.participants.role') },
        ]}
      />
      <CaseConflict error={add.error} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="participant-add">
        <SelectField
          id="participant-organisation"
          label={t('casus.participants.organisation')}
          value={organisationId}
          onValueChange={(v) => {
            setOrganisationId(v);
            setUserId('');
          }}
          error={fieldError('organisationId')}
          placeholder={t('casus.choose')}
          options={partners.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <SelectField
          id="participant-user"
          label={t('casus.participants.person')}
          description={t('casus.participants.personDescription')}
          value={userId}
          onValueChange={setUserId}
          error={fieldError('userId')}
          placeholder={t('casus.participants.wholeOrganisation')}
          options={(staff.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          optional
        />
        <TextField
          id="participant-role"
          label={t('casus.participants.role')}
          description={t('casus.participants.roleDescription')}
          value={role}
          onValueChange={setRole}
          error={fieldError('role')}
          maxLength={120}
          required
        />
        <Button type="submit" busy={add.isPending}>
          {t('casus.participants.addSubmit')}
        </Button>
      </form>
    </>
  );
}
