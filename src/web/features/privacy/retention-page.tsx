import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type {
  Counts,
  PlannedDeletion,
  RetentionHistory,
  RetentionRule,
} from '../../../contract/privacy-retention';
import { LOOKAHEAD_DAYS, RETENTION_KINDS, type RetentionKind } from '../../../domain/privacy/retention';
import { ApiError, apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, WholeNumberField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { formatDate, formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { sum } from './dashboard-page';

const RULES_KEY = ['privacy', 'bewaartermijnen'] as const;
const HISTORY_KEY = ['privacy', 'bewaartermijnen', 'historie'] as const;

/** /privacy/bewaartermijnen: the terms (with their sources), the dry run, running now, and what went. */
export function RetentionPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('dataProtection.retention.title')}
      intro={t('dataProtection.retention.intro')}
      before={<BackLink to="/privacy">{t('dataProtection.common.back')}</BackLink>}
    >
      <RetentionRules />
      <DryRun />
      <History />
    </Page>
  );
}

/** The terms with their sources and the form to change one (privacy officer and functioneel beheerder). */
export function RetentionRules() {
  const { t } = useTranslation();
  const rules = useQuery({
    queryKey: RULES_KEY,
    queryFn: () => apiGet<RetentionRule[]>('/api/privacy/bewaartermijnen'),
  });
  const months = (n: number) => t('dataProtection.common.months', { count: n });
  return (
    <Section id="retention-rules" title={t('dataProtection.retention.rulesTitle')}>
      <QueryState query={rules}>
        {(list) => (
          <>
            <Table
              caption={t('dataProtection.retention.rulesCaption')}
              head={
                <Tr>
                  <Th>{t('dataProtection.retention.columns.kind')}</Th>
                  <Th>{t('dataProtection.retention.columns.term')}</Th>
                  <Th>{t('dataProtection.retention.columns.from')}</Th>
                  <Th>{t('dataProtection.retention.columns.source')}</Th>
                  <Th>{t('dataProtection.retention.columns.own')}</Th>
                </Tr>
              }
            >
              {sorted(list).map((r) => (
                <Tr key={r.kind}>
                  <Td>{t(`dataProtection.common.kinds.${r.kind}`)}</Td>
                  <Td nowrap>{months(r.termMonths)}</Td>
                  <Td>
                    {isFrom(r.countedFrom)
                      ? t(`dataProtection.retention.from.${r.countedFrom}`)
                      : r.countedFrom}
                  </Td>
                  <Td>{r.source}</Td>
                  <Td>
                    {r.isDefault
                      ? t('dataProtection.retention.isDefault')
                      : `${t('dataProtection.retention.ownTerm', { months: months(r.defaultMonths) })}${r.note ? `: ${r.note}` : ''}`}
                  </Td>
                </Tr>
              ))}
            </Table>
            <RuleForm rules={list} />
          </>
        )}
      </QueryState>
    </Section>
  );
}

function sorted(rules: readonly RetentionRule[]): RetentionRule[] {
  return [...rules].sort((a, b) => RETENTION_KINDS.indexOf(a.kind) - RETENTION_KINDS.indexOf(b.kind));
}

const FROM = [
  'laatste_verwerking',
  'afsluiting_signaal',
  'datum_overleg',
  'einde_afspraak',
  'vertrek',
] as const;
function isFrom(v: string): v is (typeof FROM)[number] {
  return (FROM as readonly string[]).includes(v);
}

function RuleForm({ rules }: { readonly rules: readonly RetentionRule[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<RetentionKind>('melding_zonder_vervolg');
  const current = rules.find((r) => r.kind === kind);
  const [term, setTerm] = useState(String(current?.termMonths ?? ''));
  const [note, setNote] = useState(current?.note ?? '');
  const choose = (k: string) => {
    const r = rules.find((x) => x.kind === k);
    if (!r) return;
    setKind(r.kind);
    setTerm(String(r.termMonths));
    setNote(r.note ?? '');
    setDone(null);
  };
  // On a conflict the terms are read again, so the next save is based on the version now saved; what was
  // typed stays.
  const {
    mutation: save,
    done: saved,
    setDone,
    fieldError,
    frame,
  } = useFormSend({
    send: () =>
      apiSend<RetentionRule[]>('PUT', `/api/privacy/bewaartermijnen/${kind}`, {
        termMonths: /^\d{1,3}$/.test(term.trim()) ? Number(term.trim()) : -1,
        note: note.trim() === '' ? null : note,
        version: current?.version ?? 0,
      }),
    onSent: () => true,
    afterSent: (list) => queryClient.setQueryData(RULES_KEY, list),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'conflict')
        void queryClient.invalidateQueries({ queryKey: RULES_KEY });
    },
  });
  return (
    <Section id="retention-change" title={t('dataProtection.retention.changeTitle')} level={3}>
      <FormFrame
        labelledBy="retention-change"
        done={saved ? t('dataProtection.retention.saved') : null}
        error={save.error}
        fields={[
          { field: 'termMonths', id: 'rule-term', label: t('dataProtection.retention.termLabel') },
          { field: 'note', id: 'rule-note', label: t('dataProtection.retention.noteLabel') },
        ]}
        submitLabel={t('dataProtection.retention.save')}
        busy={save.isPending}
        submitAppearance="primary-action"
        onSubmit={frame.onSubmit}
      >
        <SelectField
          id="rule-kind"
          label={t('dataProtection.retention.kindLabel')}
          value={kind}
          onValueChange={choose}
          options={sorted(rules).map((r) => ({
            value: r.kind,
            label: t(`dataProtection.common.kinds.${r.kind}`),
          }))}
        />
        <WholeNumberField
          id="rule-term"
          label={t('dataProtection.retention.termLabel')}
          description={t('dataProtection.retention.termDescription')}
          value={term}
          onValueChange={setTerm}
          error={fieldError('termMonths')}
        />
        <TextAreaField
          id="rule-note"
          label={t('dataProtection.retention.noteLabel')}
          description={t('dataProtection.retention.noteDescription')}
          value={note}
          onValueChange={setNote}
          error={fieldError('note')}
          maxLength={2000}
          optional
        />
      </FormFrame>
    </Section>
  );
}

function DryRun() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // How far ahead, from the address bar (the dashboard links here with ?vooruit=30).
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('vooruit') ?? '0');
  const days = (LOOKAHEAD_DAYS as readonly number[]).includes(asked) ? asked : 0;
  const dry = useMutation({
    mutationFn: (ahead: number) =>
      apiGet<PlannedDeletion[]>(
        `/api/privacy/bewaartermijnen/proefrun${ahead > 0 ? `?vooruit=${ahead}` : ''}`,
      ),
  });
  const { mutate } = dry;
  // Opened from the dashboard with a look-ahead: show the list at once.
  useEffect(() => {
    if (days > 0) mutate(days);
  }, [days, mutate]);
  const run = useMutation({
    mutationFn: () =>
      apiSend<{ deleted: Counts; held: Counts }>('POST', '/api/privacy/bewaartermijnen/uitvoeren'),
    onSuccess: () => {
      dry.reset();
      void queryClient.invalidateQueries({ queryKey: HISTORY_KEY });
    },
  });
  return (
    <Section id="retention-dry-run" title={t('dataProtection.retention.dryRunTitle')}>
      <Paragraph>{t('dataProtection.retention.dryRunIntro')}</Paragraph>
      <SelectField
        id="retention-lookahead"
        label={t('dataProtection.retention.lookAhead')}
        description={t('dataProtection.retention.lookAheadDescription')}
        value={String(days)}
        onValueChange={(v) => {
          dry.reset();
          setParams(v === '0' ? new URLSearchParams() : new URLSearchParams({ vooruit: v }), {
            replace: true,
          });
        }}
        options={LOOKAHEAD_DAYS.map((d) => ({
          value: String(d),
          label:
            d === 0
              ? t('dataProtection.retention.lookAheadNow')
              : t('dataProtection.retention.lookAheadDays', { count: d }),
        }))}
      />
      <Button busy={dry.isPending} onClick={() => !dry.isPending && dry.mutate(days)}>
        {dry.isPending ? t('dataProtection.retention.dryRunBusy') : t('dataProtection.retention.dryRun')}
      </Button>
      {dry.error ? <LoadError error={dry.error} /> : null}
      {dry.data ? <Planned items={dry.data} days={dry.variables ?? 0} /> : null}
      <Heading level={3}>{t('dataProtection.retention.runTitle')}</Heading>
      <Paragraph>{t('dataProtection.retention.runIntro')}</Paragraph>
      <Button busy={run.isPending} onClick={() => !run.isPending && run.mutate()}>
        {t('dataProtection.retention.run')}
      </Button>
      {run.error ? <LoadError error={run.error} /> : null}
      {run.data ? (
        <Alert type="ok" live>
          <Paragraph>
            {t('dataProtection.retention.runDone', {
              deleted: sum(run.data.deleted),
              held: sum(run.data.held),
            })}
          </Paragraph>
        </Alert>
      ) : null}
    </Section>
  );
}

function Planned({ items, days }: { readonly items: readonly PlannedDeletion[]; readonly days: number }) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <div role="status">
        <Paragraph>
          {days > 0
            ? t('dataProtection.retention.lookAheadNone', { count: days })
            : t('dataProtection.retention.dryRunNone')}
        </Paragraph>
      </div>
    );
  }
  return (
    <>
      <div role="status">
        <Paragraph>
          {days > 0
            ? t('dataProtection.retention.lookAheadCount', { count: items.length, days })
            : t('dataProtection.retention.dryRunCount', { count: items.length })}
        </Paragraph>
      </div>
      <Table
        caption={
          days > 0
            ? t('dataProtection.retention.lookAheadCaption', { count: days })
            : t('dataProtection.retention.dryRunCaption')
        }
        head={
          <Tr>
            <Th>{t('dataProtection.retention.planColumns.kind')}</Th>
            <Th>{t('dataProtection.retention.planColumns.label')}</Th>
            <Th>{t('dataProtection.retention.planColumns.last')}</Th>
            <Th>{t('dataProtection.retention.planColumns.expired')}</Th>
            <Th>{t('dataProtection.retention.planColumns.rule')}</Th>
            <Th>{t('dataProtection.retention.planColumns.hold')}</Th>
          </Tr>
        }
      >
        {items.map((p) => (
          <Tr key={`${p.kind}-${p.id}`}>
            <Td>{t(`dataProtection.common.kinds.${p.kind}`)}</Td>
            <Td nowrap>{p.label}</Td>
            <Td nowrap>{formatDate(p.lastProcessedAt)}</Td>
            <Td nowrap>{formatDate(p.expiresAt)}</Td>
            <Td>
              <code>{p.rule}</code>
            </Td>
            <Td>
              {p.holdEndsOn
                ? t('dataProtection.retention.heldUntil', { date: formatDay(p.holdEndsOn) })
                : p.restricted
                  ? t('dataProtection.retention.restricted')
                  : t('dataProtection.common.none')}
            </Td>
          </Tr>
        ))}
      </Table>
    </>
  );
}

function History() {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: HISTORY_KEY,
    queryFn: () => apiGet<RetentionHistory>('/api/privacy/bewaartermijnen/historie'),
  });
  const objectType = (o: string | null) =>
    o && o in OBJECT_TYPES ? t(`dataProtection.common.objectTypes.${o as ObjectType}`) : (o ?? '');
  return (
    <Section id="retention-history" title={t('dataProtection.retention.historyTitle')}>
      <QueryState query={history}>
        {({ runs, tombstones }) => (
          <>
            {runs.length === 0 ? (
              <Paragraph>{t('dataProtection.retention.noRuns')}</Paragraph>
            ) : (
              <Table
                caption={t('dataProtection.retention.runsCaption')}
                head={
                  <Tr>
                    <Th>{t('dataProtection.retention.runColumns.when')}</Th>
                    <Th>{t('dataProtection.retention.runColumns.who')}</Th>
                    <Th>{t('dataProtection.retention.runColumns.deleted')}</Th>
                    <Th>{t('dataProtection.retention.runColumns.held')}</Th>
                  </Tr>
                }
              >
                {runs.map((r) => (
                  <Tr key={r.id}>
                    <Td nowrap>{formatDateTime(r.startedAt)}</Td>
                    <Td>{r.startedByName ?? t('dataProtection.retention.schedule')}</Td>
                    <Td>{sum(r.deleted)}</Td>
                    <Td>{sum(r.held)}</Td>
                  </Tr>
                ))}
              </Table>
            )}
            {tombstones.length === 0 ? (
              <Paragraph>{t('dataProtection.retention.noTombstones')}</Paragraph>
            ) : (
              <Table
                caption={t('dataProtection.retention.tombstonesCaption')}
                head={
                  <Tr>
                    <Th>{t('dataProtection.retention.tombstoneColumns.when')}</Th>
                    <Th>{t('dataProtection.retention.tombstoneColumns.what')}</Th>
                    <Th>{t('dataProtection.retention.tombstoneColumns.id')}</Th>
                    <Th>{t('dataProtection.retention.tombstoneColumns.rule')}</Th>
                  </Tr>
                }
              >
                {tombstones.map((s) => (
                  <Tr key={s.id}>
                    <Td nowrap>{formatDateTime(s.at)}</Td>
                    <Td>{objectType(s.objectType)}</Td>
                    <Td>
                      <code>{s.objectId}</code>
                    </Td>
                    <Td>{s.rule}</Td>
                  </Tr>
                ))}
              </Table>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}

const OBJECT_TYPES = {
  signal: true,
  casus: true,
  meeting: true,
  overleg: true,
  attachment: true,
  agenda_item: true,
  person: true,
} as const;
type ObjectType = keyof typeof OBJECT_TYPES;
