import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../contract/primitives';
import { ApiError, apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { useFormFields } from '../../ui/form-fields';
import { formatDateTime, formatDay, today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { useCaseOfPage } from './case-context';
import { casePath, reloadCase } from './casus-api';

/** Communication about a case (src/server/routes/casussen-communication.ts). */

type Spokesperson = 'om' | 'gemeente';

interface Spokesline {
  readonly spokesperson: Spokesperson;
  readonly lines: string;
  readonly agreedOn: string;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly version: number;
}

interface Briefing {
  readonly id: string;
  readonly briefedOn: string;
  readonly text: string;
  readonly confirmedFindings: readonly string[];
  readonly createdAt: string;
  readonly createdBy: string | null;
}

interface Communication {
  readonly spokesline: Spokesline | null;
  readonly briefings: readonly Briefing[] | null;
  readonly mayEdit: boolean;
}

export interface Finding {
  readonly kind: string;
  readonly value: string;
  readonly text: string;
  readonly start: number;
  readonly label: Label;
}

const communicationKey = (id: string) => ['casus', id, 'communicatie'] as const;

/** /casussen/:id/communicatie: the woordvoeringslijn and the log of closed-session council briefings. */
export function CommunicationPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.communication.pageTitle', { reference: c.reference }));
  const data = useQuery({
    queryKey: communicationKey(c.id),
    queryFn: () => apiGet<Communication>(`${casePath(c.id)}/communicatie`),
  });
  const d = data.data;
  return (
    <>
      <Heading level={2} className="duiden-visually-hidden">
        {t('casus.communication.title')}
      </Heading>
      {data.isPending ? <Loading /> : null}
      {data.error ? <LoadError error={data.error} /> : null}
      {d ? (
        <>
          <section aria-labelledby="case-spokesline" className="duiden-section">
            <Heading level={3} id="case-spokesline">
              {t('casus.communication.spokeslineTitle')}
            </Heading>
            <Paragraph>{t('casus.communication.spokeslineIntro')}</Paragraph>
            {d.mayEdit ? (
              // Not keyed by version: a save or a conflict reloads the line, and what was typed (and the
              // message about it) must stay; the next save is based on the version now loaded.
              <SpokeslineForm caseId={c.id} line={d.spokesline} />
            ) : (
              <SpokeslineView line={d.spokesline} />
            )}
          </section>
          {d.briefings ? (
            <section aria-labelledby="case-briefings" className="duiden-section">
              <Heading level={3} id="case-briefings">
                {t('casus.communication.briefingsTitle')}
              </Heading>
              <Paragraph>{t('casus.communication.briefingsIntro')}</Paragraph>
              <BriefingsTable briefings={d.briefings} />
              {d.mayEdit ? <BriefingForm caseId={c.id} /> : null}
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function SpokeslineView({ line }: { readonly line: Spokesline | null }) {
  const { t } = useTranslation();
  if (!line) return <Paragraph>{t('casus.communication.noLine')}</Paragraph>;
  return (
    <DataList
      items={[
        {
          key: 'who',
          label: t('casus.communication.spokesperson'),
          value: t(`casus.communication.spokespersons.${line.spokesperson}`),
        },
        { key: 'on', label: t('casus.communication.agreedOn'), value: formatDay(line.agreedOn) },
        {
          key: 'lines',
          label: t('casus.communication.lines'),
          value: <span className="duiden-prewrap">{line.lines}</span>,
        },
      ]}
    />
  );
}

function SpokeslineForm({ caseId, line }: { readonly caseId: string; readonly line: Spokesline | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useVersionedSave({
    initial: () => ({
      spokesperson: (line?.spokesperson ?? '') as Spokesperson | '',
      lines: line?.lines ?? '',
      agreedOn: line?.agreedOn ?? today(),
    }),
    version: line?.version ?? 0,
    send: (draft, version) => apiSend('PUT', `${casePath(caseId)}/woordvoeringslijn`, { version, ...draft }),
    onSaved: () => void reloadCase(queryClient, caseId),
    onConflict: () => void reloadCase(queryClient, caseId),
  });
  const { summary, bind } = useFormFields(
    save.error,
    {
      spokesperson: { id: 'sl-who', label: t('casus.communication.spokesperson') },
      agreedOn: { id: 'sl-on', label: t('casus.communication.agreedOn') },
      lines: { id: 'sl-lines', label: t('casus.communication.lines') },
    },
    save,
  );
  return (
    <>
      {line?.updatedBy ? (
        <Paragraph small>
          {t('casus.communication.savedBy', { name: line.updatedBy, at: formatDateTime(line.updatedAt) })}
        </Paragraph>
      ) : null}
      <VersionedForm
        save={save}
        fields={summary}
        savedMessage={t('casus.communication.lineSaved')}
        submitLabel={t('casus.communication.saveLine')}
        labelledBy="case-spokesline"
      >
        <SelectField
          {...bind('spokesperson')}
          placeholder={t('casus.network.choose')}
          options={(['om', 'gemeente'] as const).map((s) => ({
            value: s,
            label: t(`casus.communication.spokespersons.${s}`),
          }))}
        />
        <TextField {...bind('agreedOn')} type="date" />
        <TextAreaField {...bind('lines')} rows={4} maxLength={8000} />
      </VersionedForm>
    </>
  );
}

function BriefingsTable({ briefings }: { readonly briefings: readonly Briefing[] }) {
  const { t } = useTranslation();
  if (briefings.length === 0) return <Paragraph>{t('casus.communication.noBriefings')}</Paragraph>;
  return (
    <Table
      caption={t('casus.communication.briefingsCaption')}
      head={
        <Tr>
          <Th>{t('casus.communication.briefedOn')}</Th>
          <Th>{t('casus.communication.text')}</Th>
          <Th>{t('casus.communication.confirmedFindings')}</Th>
          <Th>{t('casus.communication.createdBy')}</Th>
        </Tr>
      }
    >
      {briefings.map((b) => (
        <Tr key={b.id}>
          <Td nowrap>{formatDay(b.briefedOn)}</Td>
          <Td className="duiden-prewrap">{b.text}</Td>
          <Td>{b.confirmedFindings.length > 0 ? b.confirmedFindings.join(', ') : t('common.none')}</Td>
          <Td>{b.createdBy ?? t('common.none')}</Td>
        </Tr>
      ))}
    </Table>
  );
}

/** The findings carried by a 422 "identifiers_found" answer. */
function findingsOf(error: unknown): readonly Finding[] | null {
  if (!(error instanceof ApiError) || error.code !== 'identifiers_found') return null;
  const f = error.body.findings;
  return Array.isArray(f) ? (f as Finding[]) : null;
}

/**
 * A council briefing. Saving checks the text for identifiers known in the case; with findings nothing is
 * saved and they are listed, with a confirm step: the author changes the text or explicitly saves it anyway.
 */
function BriefingForm({ caseId }: { readonly caseId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const queryClient = useQueryClient();
  const [briefedOn, setBriefedOn] = useState(today());
  const [text, setText] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState<readonly Finding[] | null>(null);
  const check = useMutation({
    mutationFn: () =>
      apiSend<{ findings: Finding[] }>('POST', `${casePath(caseId)}/raadsinformatie/controle`, { text }),
    onSuccess: (r) => setChecked(r.findings),
  });
  const save = useMutation({
    mutationFn: (confirm: boolean) =>
      apiSend('POST', `${casePath(caseId)}/raadsinformatie`, { briefedOn, text, confirmed: confirm }),
    onSuccess: () => {
      setSaved(true);
      setText('');
      setConfirmed(false);
      setChecked(null);
      void reloadCase(queryClient, caseId);
    },
  });
  const findings = findingsOf(save.error) ?? (checked && checked.length > 0 ? checked : null);
  const { summary, field } = useFormFields(findingsOf(save.error) ? null : save.error, {
    briefedOn: { id: 'br-on', label: t('casus.communication.briefedOn') },
    text: { id: 'br-text', label: t('casus.communication.text') },
  });
  const change = (v: string) => {
    setSaved(false);
    setConfirmed(false);
    setChecked(null);
    save.reset();
    setText(v);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate(findings !== null && confirmed);
  };
  return (
    <Section
      id="br-heading"
      title={t('casus.communication.saveBriefing')}
      level={4}
      className="duiden-case-block"
    >
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.communication.briefingSaved')}</Paragraph>
        </Alert>
      ) : null}
      {findingsOf(save.error) ? null : <ErrorSummary error={save.error} fields={summary} />}
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="br-heading">
        <TextField {...field('briefedOn')} type="date" value={briefedOn} onValueChange={setBriefedOn} />
        <TextAreaField
          {...field('text')}
          description={t('casus.communication.textDescription')}
          rows={6}
          value={text}
          onValueChange={change}
          maxLength={8000}
        />
        {checked && checked.length === 0 ? (
          <Alert type="ok" live>
            <Paragraph>{t('casus.communication.noFindings')}</Paragraph>
          </Alert>
        ) : null}
        {findings ? (
          <Alert type="warning" live>
            <Paragraph>
              <strong>{t('casus.communication.findingsTitle')}</strong>
            </Paragraph>
            <ul className="utrecht-unordered-list">
              {findings.map((f) => (
                <li key={`${f.kind}-${f.start}`}>
                  {t('casus.communication.finding', {
                    text: f.text,
                    label: f.label[language],
                    value: f.value,
                  })}
                </li>
              ))}
            </ul>
            <Paragraph>{t('casus.communication.findingsIntro')}</Paragraph>
            <CheckboxField
              id="br-confirm"
              label={t('casus.communication.confirm')}
              checked={confirmed}
              onCheckedChange={setConfirmed}
            />
          </Alert>
        ) : null}
        <ButtonGroup>
          <Button busy={check.isPending} onClick={() => check.mutate()}>
            {t('casus.communication.check')}
          </Button>
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {findings && confirmed
              ? t('casus.communication.saveAnyway')
              : t('casus.communication.saveBriefing')}
          </Button>
        </ButtonGroup>
      </form>
    </Section>
  );
}
