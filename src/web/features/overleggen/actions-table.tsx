import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/casussen';
import type { MeetingAction } from '../../../contract/overleggen';
import type { ActionStatus } from '../../../domain/overleg/types';
import { apiSend } from '../../api';
import { DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/form-field';
import { formatDate, formatDay } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { useFieldErrors } from '../../ui/problem';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { OtherVersion } from './overleg-ui';
import { conflictAction } from './overleggen-api';

/** The steps of an action (src/domain/overleg/actions.ts): done or void, and back to open by mistake. */
const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  open: ['gereed', 'vervallen'],
  gereed: ['open'],
  vervallen: ['open'],
};

const ACTION_BADGE = { open: 'warning', gereed: 'success', vervallen: 'inactive' } as const;

export type ActionRow = MeetingAction & {
  readonly mayUpdate: boolean;
  /** Where it was agreed, for the list of one's own actions. */
  readonly context?:
    | {
        readonly itemTitle: string | null;
        readonly meetingTitle: string | null;
        /** A self-assessment gap's action: its round and question. */
        readonly zelfscan?:
          | { readonly roundId: string; readonly roundTitle: string; readonly questionKey: string }
          | undefined;
      }
    | undefined;
};

/** The due date as words; an overdue action says so in text, not only in colour. */
export function DueText({ action }: { readonly action: MeetingAction }) {
  const { t } = useTranslation();
  return (
    <>
      {action.overdue ? (
        <>
          <StatusBadge status="danger">{t('overleg.actions.overdue')}</StatusBadge>{' '}
        </>
      ) : null}
      {t('overleg.actions.dueOn', { date: formatDay(action.dueOn) })}
    </>
  );
}

const statusId = (actionId: string) => `action-status-${actionId}`;

/**
 * Actions with owner, due date and status. Whoever may (the owner, the organiser) changes the status per
 * row; a refused or conflicting change is reported above the table, and the row keeps the chosen status.
 */
export function ActionsTable({
  name,
  actions,
  onChanged,
}: {
  /** A caption (hidden), or the id of the heading right above that names the table. */
  readonly name: { readonly caption: string } | { readonly labelledBy: string };
  readonly actions: readonly ActionRow[];
  readonly onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Readonly<Record<string, ActionStatus>>>({});
  const [bases, setBases] = useState<Readonly<Record<string, number>>>({});
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: ({ action, status }: { action: ActionRow; status: ActionStatus }) =>
      apiSend<Changed>('PATCH', `/api/acties/${encodeURIComponent(action.id)}`, {
        version: bases[action.id] ?? action.version,
        status,
      }),
    onSuccess: async (r, { action, status }) => {
      setBases((b) => ({ ...b, [action.id]: r.version }));
      await onChanged();
      setChosen((c) => Object.fromEntries(Object.entries(c).filter(([id]) => id !== action.id)));
      setDone(
        t('overleg.actions.statusSaved', {
          description: action.description,
          status: t(`overleg.actionStatuses.${status}`),
        }),
      );
    },
    onError: (error, { action }) => {
      // The chosen status stays; the next save is based on the version now shown.
      const other = conflictAction(error);
      if (other) setBases((b) => ({ ...b, [action.id]: other.version }));
    },
  });
  const fieldError = useFieldErrors(change.error);
  const other = conflictAction(change.error);
  const failedId = change.variables?.action.id;
  const showContext = actions.some((a) => a.context);

  return (
    <>
      {done ? <DoneAlert>{done}</DoneAlert> : null}
      <ErrorSummary
        error={change.error}
        fields={
          failedId ? [{ field: 'status', id: statusId(failedId), label: t('overleg.actions.newStatus') }] : []
        }
      />
      {other ? (
        <OtherVersion
          version={other.version}
          items={[
            { key: 'description', label: t('overleg.actions.columns.action'), value: other.description },
            {
              key: 'status',
              label: t('overleg.actions.columns.status'),
              value: t(`overleg.actionStatuses.${other.status}`),
            },
            { key: 'due', label: t('overleg.actions.columns.due'), value: <DueText action={other} /> },
          ]}
        />
      ) : null}
      <Table
        {...('labelledBy' in name
          ? { labelledBy: name.labelledBy }
          : { caption: name.caption, captionHidden: true })}
        head={
          <Tr>
            <Th>{t('overleg.actions.columns.action')}</Th>
            {showContext ? <Th>{t('overleg.actions.columns.agreedIn')}</Th> : null}
            <Th>{t('overleg.actions.columns.owner')}</Th>
            <Th>{t('overleg.actions.columns.due')}</Th>
            <Th>{t('overleg.actions.columns.status')}</Th>
          </Tr>
        }
      >
        {actions.map((a) => {
          const selected = chosen[a.id] ?? a.status;
          const submit = (e: FormEvent) => {
            e.preventDefault();
            if (change.isPending) return;
            setDone(null);
            change.mutate({ action: a, status: selected });
          };
          return (
            <Tr key={a.id}>
              <Td className="duiden-cell-text">{a.description}</Td>
              {showContext ? (
                <Td>
                  {a.context?.itemTitle && a.itemId ? (
                    <AppLink to={`/agendapunten/${a.itemId}`}>{a.context.itemTitle}</AppLink>
                  ) : null}
                  {a.context?.itemTitle ? <br /> : null}
                  {a.meeting ? (
                    t('overleg.actions.meetingOn', {
                      meeting: a.context?.meetingTitle ?? '',
                      date: formatDate(a.meeting.startsAt),
                    })
                  ) : a.context?.zelfscan ? (
                    <AppLink
                      to={`/zelfscan/rondes/${a.context.zelfscan.roundId}?vraag=${encodeURIComponent(a.context.zelfscan.questionKey)}`}
                    >
                      {t('overleg.actions.fromZelfscan', { round: a.context.zelfscan.roundTitle })}
                    </AppLink>
                  ) : (
                    t('overleg.actions.fromSounding')
                  )}
                </Td>
              ) : null}
              <Td>
                {a.owner.name}
                <br />
                <span className="duiden-muted">{t(`overleg.actions.ownerKinds.${a.owner.kind}`)}</span>
              </Td>
              <Td className="duiden-cell-deadline">
                <DueText action={a} />
              </Td>
              <Td>
                <StatusBadge status={ACTION_BADGE[a.status]}>
                  {t(`overleg.actionStatuses.${a.status}`)}
                </StatusBadge>
                {a.mayUpdate ? (
                  <form onSubmit={submit} noValidate className="duiden-inline-form">
                    <SelectField
                      id={statusId(a.id)}
                      label={
                        <>
                          {t('overleg.actions.newStatus')}
                          <span className="duiden-visually-hidden">: {a.description}</span>
                        </>
                      }
                      value={selected}
                      onValueChange={(v) =>
                        setChosen((c) => ({
                          ...c,
                          [a.id]:
                            [a.status, ...ACTION_TRANSITIONS[a.status]].find((s) => s === v) ?? a.status,
                        }))
                      }
                      error={failedId === a.id ? fieldError('status') : undefined}
                      options={[a.status, ...ACTION_TRANSITIONS[a.status]].map((s) => ({
                        value: s,
                        label: t(`overleg.actionStatuses.${s}`),
                      }))}
                    />
                    <Button
                      type="submit"
                      busy={change.isPending && failedId === a.id}
                      aria-label={t('overleg.actions.saveStatusLabel', { description: a.description })}
                    >
                      {t('overleg.actions.saveStatus')}
                    </Button>
                  </form>
                ) : null}
              </Td>
            </Tr>
          );
        })}
      </Table>
    </>
  );
}
