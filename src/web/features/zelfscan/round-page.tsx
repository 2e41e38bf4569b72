import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { AnswerJson, HintFacts, QuestionJson, RoundDetail, ThemeJson } from '../../../contract/zelfscan';
import { ANSWER_KINDS, HINT_VERDICTS, isGap, ZELFSCAN_LIMITS } from '../../../domain/zelfscan/rounds';
import { apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { Disclosure } from '../../ui/disclosure';
import { RadioGroupField, radioId, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { conflictCurrent } from '../../ui/form-send';
import { formatDateTime, formatDay } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { attachmentsOf } from '../meldingen/melding-draft';
import { inLanguage, isAnswer, mayManageZelfscan, roundKey, roundPath, ZELFSCAN_KEY } from './zelfscan-api';

/** /zelfscan/rondes/:id: a round with its themes, answers and actions; `?vraag=` is one question's page. */
export function RoundPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const question = params.get('vraag');
  const round = useQuery({ queryKey: roundKey(id), queryFn: () => apiGet<RoundDetail>(roundPath(id)) });
  return (
    <QueryState query={round}>
      {(r) => (question ? <QuestionPage round={r} questionKey={question} /> : <RoundOverview round={r} />)}
    </QueryState>
  );
}

function useLanguage() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.resolvedLanguage);
}

function RoundOverview({ round: r }: { readonly round: RoundDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useSignedInUser();
  const manage = mayManageZelfscan(user.role) && r.status === 'open';
  const answers = new Map(r.answers.map((a) => [a.questionKey, a]));
  return (
    <Page
      title={r.title}
      intro={inLanguage(r.templateLabel, language)}
      before={<BackLink to="/zelfscan">{t('zelfscan.back')}</BackLink>}
    >
      <DataList
        items={[
          { key: 'start', label: t('zelfscan.rounds.startsOn'), value: formatDay(r.startsOn) },
          {
            key: 'status',
            label: t('zelfscan.rounds.status'),
            value: r.closedAt
              ? t('zelfscan.rounds.closedBy', { at: formatDateTime(r.closedAt), name: r.closedBy ?? '' })
              : t('zelfscan.statuses.open'),
          },
          {
            key: 'participants',
            label: t('zelfscan.rounds.participants'),
            value:
              r.participants.length > 0
                ? r.participants.map((p) => (p.function ? `${p.name} (${p.function})` : p.name)).join(', ')
                : t('zelfscan.rounds.noParticipants'),
          },
          ...(r.summary ? [{ key: 'summary', label: t('zelfscan.rounds.summary'), value: r.summary }] : []),
        ]}
      />
      <ul className="duiden-link-list">
        <li>
          <AppLink to={`/zelfscan/rondes/${r.id}/vergelijking`}>
            {r.previousRound
              ? t('zelfscan.compare.link', { title: r.previousRound.title })
              : t('zelfscan.compare.linkNone')}
          </AppLink>
        </li>
        <li>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={`${roundPath(r.id)}/rapport.pdf?voor=college`}
            download
          >
            {t('zelfscan.report.college')}
          </a>
        </li>
        <li>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={`${roundPath(r.id)}/rapport.pdf?voor=raad`}
            download
          >
            {t('zelfscan.report.raad')}
          </a>
        </li>
      </ul>
      {r.themes.map((theme) => (
        <ThemeSection key={theme.key} round={r} theme={theme} answers={answers} />
      ))}
      <Section id="round-actions" title={t('zelfscan.actions.title')}>
        {r.actions.length === 0 ? (
          <Paragraph>{t('zelfscan.actions.none')}</Paragraph>
        ) : (
          <Table
            labelledBy="round-actions"
            head={
              <Tr>
                <Th>{t('zelfscan.actions.description')}</Th>
                <Th>{t('zelfscan.actions.owner')}</Th>
                <Th>{t('zelfscan.actions.dueOn')}</Th>
                <Th>{t('zelfscan.actions.status')}</Th>
              </Tr>
            }
          >
            {r.actions.map((a) => (
              <Tr key={a.id}>
                <Td>
                  <AppLink to={`/zelfscan/rondes/${r.id}?vraag=${encodeURIComponent(a.questionKey)}`}>
                    {a.description}
                  </AppLink>
                </Td>
                <Td>{a.owner ?? '—'}</Td>
                <Td>{formatDay(a.dueOn)}</Td>
                <Td>{t(`zelfscan.actionStatuses.${a.status}`)}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </Section>
      {manage ? <CloseRound round={r} /> : null}
    </Page>
  );
}

function ThemeSection({
  round: r,
  theme,
  answers,
}: {
  readonly round: RoundDetail;
  readonly theme: ThemeJson;
  readonly answers: ReadonlyMap<string, AnswerJson>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Section id={`theme-${theme.key}`} title={inLanguage(theme.label, language)}>
      {theme.parts.map((p) => (
        <Table
          key={p.key}
          caption={inLanguage(p.label, language)}
          head={
            <Tr>
              <Th>{t('zelfscan.question')}</Th>
              <Th>{t('zelfscan.answer.title')}</Th>
            </Tr>
          }
        >
          {p.questions.map((q) => {
            const a = answers.get(q.key);
            return (
              <Tr key={q.key}>
                <Td>
                  <AppLink to={`/zelfscan/rondes/${r.id}?vraag=${encodeURIComponent(q.key)}`}>
                    {inLanguage(q.text, language)}
                  </AppLink>
                  {q.own ? ` (${t('zelfscan.own.mark')})` : ''}
                </Td>
                <Td>{a ? t(`zelfscan.answers.${a.answer}`) : t('zelfscan.answer.none')}</Td>
              </Tr>
            );
          })}
        </Table>
      ))}
    </Section>
  );
}

function CloseRound({ round: r }: { readonly round: RoundDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useVersionedSave({
    initial: { summary: '' },
    version: r.version,
    send: (d: { summary: string }, version) =>
      apiSend('POST', `${roundPath(r.id)}/afsluiten`, { summary: d.summary, version }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: ZELFSCAN_KEY }),
  });
  return (
    <Section id="round-close" title={t('zelfscan.close.title')}>
      <Paragraph>{t('zelfscan.close.intro')}</Paragraph>
      <Disclosure summary={t('zelfscan.close.open')} openOn={save.error}>
        <VersionedForm
          save={save}
          fields={[{ field: 'summary', id: 'close-summary', label: t('zelfscan.rounds.summary') }]}
          labelledBy="round-close"
          savedMessage={t('zelfscan.close.saved')}
          submitLabel={t('zelfscan.close.submit')}
        >
          <TextAreaField
            id="close-summary"
            label={t('zelfscan.rounds.summary')}
            rows={3}
            {...save.bind('summary')}
            maxLength={ZELFSCAN_LIMITS.summary}
            optional
          />
        </VersionedForm>
      </Disclosure>
    </Section>
  );
}

function findQuestion(r: RoundDetail, key: string) {
  for (const theme of r.themes) {
    for (const part of theme.parts) {
      const q = part.questions.find((x) => x.key === key);
      if (q) return { theme, part, question: q };
    }
  }
  return null;
}

function QuestionPage({
  round: r,
  questionKey,
}: {
  readonly round: RoundDetail;
  readonly questionKey: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useSignedInUser();
  const found = findQuestion(r, questionKey);
  const back = (
    <BackLink to={`/zelfscan/rondes/${r.id}`}>{t('zelfscan.backToRound', { title: r.title })}</BackLink>
  );
  if (!found) {
    return (
      <Page title={t('zelfscan.question')} before={back}>
        <Paragraph>{t('zelfscan.noQuestion')}</Paragraph>
      </Page>
    );
  }
  const { theme, part, question: q } = found;
  const answer = r.answers.find((a) => a.questionKey === q.key) ?? null;
  const manage = mayManageZelfscan(user.role) && r.status === 'open';
  const actions = r.actions.filter((a) => a.questionKey === q.key);
  return (
    <Page title={inLanguage(q.text, language)} before={back}>
      <DataList
        items={[
          {
            key: 'where',
            label: t('zelfscan.themePart'),
            value: `${inLanguage(theme.label, language)} · ${inLanguage(part.label, language)}`,
          },
          {
            key: 'module',
            label: t('zelfscan.module'),
            value: <AppLink to={q.module.path}>{inLanguage(q.module.label, language)}</AppLink>,
          },
          {
            key: 'answer',
            label: t('zelfscan.answer.title'),
            value: answer ? t(`zelfscan.answers.${answer.answer}`) : t('zelfscan.answer.none'),
          },
          ...(answer
            ? [
                {
                  key: 'explanation',
                  label: t('zelfscan.answer.explanation'),
                  value: answer.explanation || '—',
                },
                {
                  key: 'evidence',
                  label: t('zelfscan.answer.evidenceUrl'),
                  value: answer.evidenceUrl ? (
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={answer.evidenceUrl}
                      rel="noreferrer"
                    >
                      {answer.evidenceUrl}
                    </a>
                  ) : (
                    '—'
                  ),
                },
                {
                  key: 'documents',
                  label: t('zelfscan.answer.documents'),
                  value:
                    answer.documents.length > 0 ? (
                      <ul>
                        {answer.documents.map((d) => (
                          <li key={d.id}>
                            <a
                              className="utrecht-link utrecht-link--html-a"
                              href={`${roundPath(r.id)}/antwoorden/${encodeURIComponent(q.key)}/documenten/${d.id}`}
                              download
                            >
                              {d.fileName}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    ),
                },
                {
                  key: 'by',
                  label: t('zelfscan.answer.by'),
                  value: t('zelfscan.answer.byAt', {
                    name: answer.answeredBy ?? '',
                    at: formatDateTime(answer.answeredAt),
                  }),
                },
              ]
            : []),
        ]}
      />
      {q.hint ? <HintSection round={r} question={q} manage={manage} /> : null}
      {manage ? <AnswerForm key={q.key} round={r} question={q} answer={answer} /> : null}
      {manage && answer ? <AddDocument key={`doc-${q.key}`} round={r} question={q} answer={answer} /> : null}
      {answer && isGap(answer.answer) ? (
        <Section id="question-actions" title={t('zelfscan.actions.title')}>
          {actions.length === 0 ? (
            <Paragraph>{t('zelfscan.actions.noneHere')}</Paragraph>
          ) : (
            <ul>
              {actions.map((a) => (
                <li key={a.id}>
                  {t('zelfscan.actions.line', {
                    description: a.description,
                    owner: a.owner ?? '—',
                    due: formatDay(a.dueOn),
                    status: t(`zelfscan.actionStatuses.${a.status}`),
                  })}
                </li>
              ))}
            </ul>
          )}
          {manage || mayManageZelfscan(user.role) ? <ActionForm round={r} question={q} /> : null}
        </Section>
      ) : null}
    </Page>
  );
}

interface AnswerDraft {
  answer: string;
  explanation: string;
  evidenceUrl: string;
}

function AnswerForm({
  round: r,
  question: q,
  answer,
}: {
  readonly round: RoundDetail;
  readonly question: QuestionJson;
  readonly answer: AnswerJson | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useVersionedSave<AnswerDraft, { version: number }, AnswerJson>({
    initial: () => ({
      answer: answer?.answer ?? '',
      explanation: answer?.explanation ?? '',
      evidenceUrl: answer?.evidenceUrl ?? '',
    }),
    ...(answer ? { version: answer.version } : {}),
    send: (d, version) =>
      apiSend<{ version: number }>('PUT', `${roundPath(r.id)}/antwoorden/${encodeURIComponent(q.key)}`, {
        answer: d.answer || undefined,
        explanation: d.explanation,
        evidenceUrl: d.evidenceUrl || null,
        ...(version > 0 ? { version } : {}),
      }),
    versionOf: (res) => res.version,
    conflict: (error) => conflictCurrent(error, isAnswer),
    onSaved: () => queryClient.invalidateQueries({ queryKey: roundKey(r.id) }),
  });
  const fields = [
    { field: 'answer', id: radioId('answer-kind', ANSWER_KINDS[0]), label: t('zelfscan.answer.title') },
    { field: 'explanation', id: 'answer-explanation', label: t('zelfscan.answer.explanation') },
    { field: 'evidenceUrl', id: 'answer-url', label: t('zelfscan.answer.evidenceUrl') },
  ];
  return (
    <Section id="answer-form" title={answer ? t('zelfscan.answer.change') : t('zelfscan.answer.give')}>
      <VersionedForm
        save={save}
        fields={fields}
        labelledBy="answer-form"
        savedMessage={t('zelfscan.answer.saved')}
        otherItems={(other) => [
          { key: 'answer', label: t('zelfscan.answer.title'), value: t(`zelfscan.answers.${other.answer}`) },
          { key: 'explanation', label: t('zelfscan.answer.explanation'), value: other.explanation || '—' },
          {
            key: 'by',
            label: t('zelfscan.answer.by'),
            value: t('zelfscan.answer.byAt', {
              name: other.answeredBy ?? '',
              at: formatDateTime(other.answeredAt),
            }),
          },
        ]}
        conflictWords={{
          title: t('zelfscan.answer.conflictTitle'),
          intro: (version) => t('zelfscan.answer.conflictIntro', { version }),
        }}
        submitLabel={t('zelfscan.answer.submit')}
      >
        <RadioGroupField
          id="answer-kind"
          legend={t('zelfscan.answer.title')}
          {...save.bind('answer')}
          options={ANSWER_KINDS.map((k) => ({ value: k, label: t(`zelfscan.answers.${k}`) }))}
        />
        <TextAreaField
          id="answer-explanation"
          label={t('zelfscan.answer.explanation')}
          description={t('zelfscan.answer.explanationHelp')}
          rows={4}
          {...save.bind('explanation')}
          maxLength={ZELFSCAN_LIMITS.explanation}
          optional
        />
        <TextField
          id="answer-url"
          type="url"
          label={t('zelfscan.answer.evidenceUrl')}
          description={t('zelfscan.answer.evidenceUrlHelp')}
          {...save.bind('evidenceUrl')}
          maxLength={ZELFSCAN_LIMITS.url}
          optional
        />
      </VersionedForm>
    </Section>
  );
}

function HintSection({
  round: r,
  question: q,
  manage,
}: {
  readonly round: RoundDetail;
  readonly question: QuestionJson;
  readonly manage: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const hint = useQuery({
    queryKey: [...roundKey(r.id), 'aanwijzing', q.key],
    queryFn: () => apiGet<HintFacts>(`${roundPath(r.id)}/aanwijzingen/${encodeURIComponent(q.key)}`),
  });
  const latest = r.hintReviews.find((h) => h.questionKey === q.key) ?? null;
  const save = useVersionedSave({
    initial: { verdict: '', note: '' },
    resetTo: { verdict: '', note: '' },
    send: (d: { verdict: string; note: string }) =>
      apiSend('POST', `${roundPath(r.id)}/aanwijzingen/${encodeURIComponent(q.key)}`, {
        verdict: d.verdict || undefined,
        note: d.note,
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: roundKey(r.id) }),
  });
  return (
    <Section id="hint" title={t('zelfscan.hint.title')}>
      <Paragraph>{t('zelfscan.hint.intro')}</Paragraph>
      <QueryState query={hint}>
        {(h) => (
          <ul>
            {h.facts.map((f) => (
              <li key={f.nl}>{inLanguage(f, language)}</li>
            ))}
          </ul>
        )}
      </QueryState>
      {latest ? (
        <Paragraph>
          {t(`zelfscan.hint.latest.${latest.verdict}`, {
            name: latest.reviewedBy ?? '',
            at: formatDateTime(latest.reviewedAt),
          })}
          {latest.note ? ` ${t('zelfscan.hint.noteIs', { note: latest.note })}` : ''}
        </Paragraph>
      ) : (
        <Paragraph>{t('zelfscan.hint.notReviewed')}</Paragraph>
      )}
      {manage ? (
        <VersionedForm
          save={save}
          fields={[
            {
              field: 'verdict',
              id: radioId('hint-verdict', HINT_VERDICTS[0]),
              label: t('zelfscan.hint.verdict'),
            },
            { field: 'note', id: 'hint-note', label: t('zelfscan.hint.note') },
          ]}
          label={t('zelfscan.hint.formLabel')}
          savedMessage={t('zelfscan.hint.saved')}
          submitLabel={t('zelfscan.hint.submit')}
          submitAppearance="secondary-action"
        >
          <RadioGroupField
            id="hint-verdict"
            legend={t('zelfscan.hint.verdict')}
            {...save.bind('verdict')}
            options={HINT_VERDICTS.map((v) => ({ value: v, label: t(`zelfscan.hint.verdicts.${v}`) }))}
          />
          <TextAreaField
            id="hint-note"
            label={t('zelfscan.hint.note')}
            description={t('zelfscan.hint.noteHelp')}
            rows={3}
            {...save.bind('note')}
            maxLength={ZELFSCAN_LIMITS.note}
            optional
          />
        </VersionedForm>
      ) : null}
    </Section>
  );
}

interface ActionDraft {
  description: string;
  ownerUserId: string;
  dueOn: string;
}

function ActionForm({
  round: r,
  question: q,
}: {
  readonly round: RoundDetail;
  readonly question: QuestionJson;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const owners = useQuery({
    queryKey: [...ZELFSCAN_KEY, 'actiehouders'],
    queryFn: () => apiGet<Array<{ id: string; name: string }>>('/api/zelfscan/actiehouders'),
  });
  const empty: ActionDraft = { description: '', ownerUserId: '', dueOn: '' };
  const save = useVersionedSave({
    initial: empty,
    resetTo: empty,
    send: (d: ActionDraft) =>
      apiSend('POST', `${roundPath(r.id)}/acties`, {
        questionKey: q.key,
        description: d.description,
        ownerUserId: d.ownerUserId || null,
        dueOn: d.dueOn,
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: ZELFSCAN_KEY }),
  });
  return (
    <Disclosure summary={t('zelfscan.actions.add')} summaryId="action-add-summary" openOn={save.error}>
      <VersionedForm
        save={save}
        fields={[
          { field: 'description', id: 'action-description', label: t('zelfscan.actions.description') },
          { field: 'ownerUserId', id: 'action-owner', label: t('zelfscan.actions.owner') },
          { field: 'dueOn', id: 'action-due', label: t('zelfscan.actions.dueOn') },
        ]}
        labelledBy="action-add-summary"
        savedMessage={t('zelfscan.actions.saved')}
        submitLabel={t('zelfscan.actions.submit')}
      >
        <TextAreaField
          id="action-description"
          label={t('zelfscan.actions.description')}
          rows={2}
          {...save.bind('description')}
          maxLength={2000}
          required
        />
        <QueryState query={owners}>
          {(list) => (
            <SelectField
              id="action-owner"
              label={t('zelfscan.actions.owner')}
              description={t('zelfscan.actions.ownerHelp')}
              {...save.bind('ownerUserId')}
              options={[
                { value: '', label: t('zelfscan.actions.chooseOwner') },
                ...list.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
          )}
        </QueryState>
        <TextField
          id="action-due"
          type="date"
          label={t('zelfscan.actions.dueOn')}
          {...save.bind('dueOn')}
          required
        />
      </VersionedForm>
    </Disclosure>
  );
}

/** A document as evidence of the answer: one file, its type decided by the server from the content. */
function AddDocument({
  round: r,
  question: q,
  answer,
}: {
  readonly round: RoundDetail;
  readonly question: QuestionJson;
  readonly answer: AnswerJson;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fileKey, setFileKey] = useState(0);
  const save = useVersionedSave<{ file: File | null }, { version: number }, AnswerJson>({
    initial: { file: null },
    version: answer.version,
    send: async (d, version) => {
      const [file] = d.file ? await attachmentsOf([d.file]) : [];
      return apiSend<{ version: number }>(
        'POST',
        `${roundPath(r.id)}/antwoorden/${encodeURIComponent(q.key)}/documenten`,
        { version, fileName: file?.fileName ?? '', contentBase64: file?.contentBase64 ?? '' },
      );
    },
    versionOf: (res) => res.version,
    conflict: (error) => conflictCurrent(error, isAnswer),
    onSaved: () => {
      setFileKey((k) => k + 1);
      return queryClient.invalidateQueries({ queryKey: roundKey(r.id) });
    },
  });
  const error = save.fieldError('file') ?? save.fieldError('fileName') ?? save.fieldError('contentBase64');
  return (
    <Disclosure summary={t('zelfscan.document.add')} summaryId="document-add-summary" openOn={save.error}>
      <VersionedForm
        save={save}
        fields={[
          { field: 'file', id: 'evidence-file', label: t('zelfscan.document.file') },
          { field: 'fileName', id: 'evidence-file', label: t('zelfscan.document.file') },
          { field: 'contentBase64', id: 'evidence-file', label: t('zelfscan.document.file') },
        ]}
        labelledBy="document-add-summary"
        savedMessage={t('zelfscan.document.added')}
        submitLabel={t('zelfscan.document.submit')}
        submitAppearance="secondary-action"
      >
        <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="evidence-file">
              {t('zelfscan.document.file')}
            </label>
          </div>
          <div
            className="utrecht-form-field__description utrecht-form-field-description"
            id="evidence-file-description"
          >
            {t('zelfscan.document.help')}
          </div>
          {error ? (
            <div
              className="utrecht-form-field__error-message utrecht-form-field-error-message"
              id="evidence-file-error"
            >
              {error}
            </div>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              key={fileKey}
              id="evidence-file"
              type="file"
              className="utrecht-textbox utrecht-textbox--html-input"
              aria-describedby={`evidence-file-description${error ? ' evidence-file-error' : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => save.set({ file: e.target.files?.[0] ?? null })}
            />
          </div>
        </div>
      </VersionedForm>
    </Disclosure>
  );
}
