import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalChange, SignalDetail } from '../../../contract/meldingen';
import {
  ANNOTATION_EFFECTS,
  CLOSE_REASONS,
  DECISION_OUTCOMES,
  type Status,
} from '../../../domain/melding/types';
import { apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { DecisionForm } from '../../ui/decision-form';
import { Disclosure } from '../../ui/disclosure';
import { OtherVersion } from '../../ui/form-conflict';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { formatDateTime } from '../../ui/format';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { DeadlinesInWords } from './deadline-text';
import { formatBytes } from './intake-fields';
import { attachmentsOf } from './melding-draft';
import { conflictSignal, useCategories } from './meldingen-api';
import { AssumptionBadge } from './signal-content';
import { describeActor, describeHistory } from './signal-history';
import { STATUS_BADGE } from './worklist-page';

/**
 * What the sections of a signal page share: the signal as shown and the version its changes are based on.
 * The version moves only with this page's own changes and, after a conflict, to the version the user has
 * now been shown; a change made elsewhere in the meantime is answered with 409 instead of being lost.
 */
export interface SignalWork {
  readonly signal: SignalDetail;
  readonly baseVersion: number;
  /** After one of this page's own changes: keep its version and read the signal again. */
  readonly changed: (version: number) => Promise<void>;
  /** After a refused change: on a conflict, show the version someone else saved. */
  readonly failed: (error: unknown) => void;
}

/** A change of the signal under its version, with the page's success and conflict handling. */
export function useSignalChange<V>(
  work: SignalWork,
  send: (vars: V) => Promise<SignalChange>,
  done: (vars: V) => void,
) {
  return useMutation({
    mutationFn: send,
    onSuccess: async (result, vars) => {
      await work.changed(result.version);
      done(vars);
    },
    onError: (error) => work.failed(error),
  });
}

export const path = (signal: SignalDetail, rest: string) =>
  `/api/meldingen/${encodeURIComponent(signal.id)}/${rest}`;

/**
 * The version someone else saved, shown next to the form that still holds the user's input. The page
 * itself now shows that version too.
 */
export function ConflictNotice({ error }: { readonly error: unknown }) {
  const { t, i18n } = useTranslation();
  const current = conflictSignal(error);
  if (!current) return null;
  const last = current.history.at(-1);
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <OtherVersion
      version={current.version}
      title={t('meldpunt.conflict.title')}
      intro={t('meldpunt.conflict.intro', { version: current.version })}
      items={[
        {
          key: 'status',
          label: t('meldpunt.signal.status'),
          value: current.status ? t(`meldpunt.statuses.${current.status}`) : t('common.none'),
        },
        {
          key: 'category',
          label: t('meldpunt.signal.category'),
          value: current.category
            ? language === 'en'
              ? current.category.labelEn
              : current.category.labelNl
            : t('meldpunt.worklist.noCategory'),
        },
        ...(last
          ? [
              {
                key: 'last',
                label: t('meldpunt.conflict.last'),
                value: `${describeHistory(last, t)} (${describeActor(last, t)}, ${formatDateTime(last.at)})`,
              },
            ]
          : []),
      ]}
    />
  );
}

export function CategorySection({ work }: { readonly work: SignalWork }) {
  const { t, i18n } = useTranslation();
  const { signal, baseVersion } = work;
  const language = currentLanguage(i18n.resolvedLanguage);
  const categories = useCategories();
  const category = useDraft({ categoryId: signal.category?.id ?? '' });
  const [saved, setSaved] = useState(false);
  const save = useSignalChange(
    work,
    () =>
      apiSend<SignalChange>('PUT', path(signal, 'categorie'), {
        version: baseVersion,
        categoryId: category.draft.categoryId || null,
      }),
    () => setSaved(true),
  );
  const { summary, bind } = useFormFields(
    save.error,
    { categoryId: { id: 'signal-categoryId', label: t('meldpunt.category.label') } },
    category,
  );
  const options = (categories.data ?? [])
    .filter((c) => c.active || c.id === signal.category?.id)
    .map((c) => ({ value: c.id, label: language === 'en' ? c.labelEn : c.labelNl }));

  return (
    <Section id="signal-category-title" title={t('meldpunt.category.title')}>
      <Paragraph>
        {t('meldpunt.category.label')}:{' '}
        {signal.category
          ? language === 'en'
            ? signal.category.labelEn
            : signal.category.labelNl
          : t('meldpunt.worklist.noCategory')}
      </Paragraph>
      <Disclosure
        summary={t('meldpunt.category.change')}
        summaryId="signal-category-change"
        openOn={save.error}
        unsaved={save.error ? t('meldpunt.signal.unsaved') : undefined}
      >
        <Paragraph>{t('meldpunt.category.intro')}</Paragraph>
        <FormFrame
          labelledBy="signal-category-change"
          done={saved ? t('meldpunt.category.saved') : null}
          error={save.error}
          fields={summary}
          conflict={<ConflictNotice error={save.error} />}
          onSubmit={() => {
            setSaved(false);
            save.mutate(undefined);
          }}
          busy={save.isPending}
          submitLabel={t('meldpunt.category.save')}
        >
          <SelectField {...bind('categoryId')} placeholder={t('meldpunt.category.none')} options={options} />
        </FormFrame>
      </Disclosure>
    </Section>
  );
}

interface StepDraft {
  readonly to: Status | '';
  readonly note: string;
  readonly dueOn: string;
  readonly outcome: string;
  readonly closeReason: string;
}

const NO_STEP: StepDraft = { to: '', note: '', dueOn: '', outcome: '', closeReason: '' };

/** The next step: only the steps the state machine allows from here, each with the fields it needs. */
export function StatusSection({ work }: { readonly work: SignalWork }) {
  const { t } = useTranslation();
  const { signal, baseVersion } = work;
  const [step, setStep] = useState<StepDraft>(NO_STEP);
  const [done, setDone] = useState<Status | null>(null);
  const set = (change: Partial<StepDraft>) => setStep((s) => ({ ...s, ...change }));
  const take = useSignalChange(
    work,
    (s: StepDraft) =>
      apiSend<SignalChange>('POST', path(signal, 'status'), {
        version: baseVersion,
        to: s.to || undefined,
        note: s.note.trim() || undefined,
        dueOn: s.to === 'meer_informatie_nodig' ? s.dueOn || undefined : undefined,
        outcome: s.to === 'besloten' ? s.outcome || undefined : undefined,
        closeReason: s.to === 'afgesloten' ? s.closeReason || undefined : undefined,
      }),
    (s) => {
      setDone(s.to || null);
      setStep(NO_STEP);
    },
  );
  const allowed = signal.allowedTransitions;
  // With one step possible there is nothing to choose: the step is named in a sentence and taken by a button.
  const only = allowed.length === 1 ? allowed[0] : undefined;
  const to = only ?? step.to;
  const noteKey = to === 'meer_informatie_nodig' || to === 'besloten' || to === 'afgesloten' ? to : 'default';
  const noteRequired =
    to === 'meer_informatie_nodig' ||
    to === 'besloten' ||
    (to === 'afgesloten' && step.closeReason === 'anders');
  const { summary, bind, bindGroup } = useFormFields(
    take.error,
    {
      to: { id: 'signal-to', firstOption: allowed[0] ?? 'in_behandeling', label: t('meldpunt.step.next') },
      categoryId: { id: 'signal-categoryId', label: t('meldpunt.category.label') },
      dueOn: { id: 'signal-dueOn', label: t('meldpunt.step.dueOn') },
      outcome: { id: 'signal-outcome', firstOption: DECISION_OUTCOMES[0], label: t('meldpunt.step.outcome') },
      closeReason: { id: 'signal-closeReason', label: t('meldpunt.step.closeReason') },
      note: { id: 'signal-note', label: t(`meldpunt.step.note.${noteKey}`) },
    },
    { draft: step, set },
  );

  return (
    <Section id="signal-status-title" title={t('meldpunt.step.title')}>
      <Paragraph>
        {t('meldpunt.step.current')}:{' '}
        {signal.status ? (
          <StatusBadge status={STATUS_BADGE[signal.status]}>
            {t(`meldpunt.statuses.${signal.status}`)}
          </StatusBadge>
        ) : null}
      </Paragraph>
      {signal.deadlines ? <DeadlinesInWords deadlines={signal.deadlines} /> : null}
      <DecisionForm
        labelledBy="signal-status-title"
        done={done ? t('meldpunt.step.done', { status: t(`meldpunt.statuses.${done}`) }) : null}
        error={take.error}
        fields={summary}
        conflict={<ConflictNotice error={take.error} />}
        onSubmit={() => {
          setDone(null);
          take.mutate({ ...step, to });
        }}
        busy={take.isPending}
        submitLabel={only ? t(`meldpunt.transitions.${only}`) : t('meldpunt.step.submit')}
        submitAppearance="primary-action"
        instead={
          allowed.length === 0 ? (
            <Paragraph>{signal.mayWork ? t('meldpunt.step.none') : t('meldpunt.step.readOnly')}</Paragraph>
          ) : null
        }
      >
        {only ? (
          <Paragraph>
            {t('meldpunt.step.oneOption')} <strong>{t(`meldpunt.transitions.${only}`)}</strong>.{' '}
            {t(`meldpunt.transitionDescriptions.${only}`)}
          </Paragraph>
        ) : (
          <RadioGroupField
            {...bindGroup('to')}
            options={allowed.map((s) => ({
              value: s,
              label: t(`meldpunt.transitions.${s}`),
              description: t(`meldpunt.transitionDescriptions.${s}`),
            }))}
          />
        )}
        {to === 'meer_informatie_nodig' ? (
          <TextField
            {...bind('dueOn')}
            type="date"
            description={t('meldpunt.step.dueOnDescription')}
            required
          />
        ) : null}
        {to === 'besloten' ? (
          <RadioGroupField
            {...bindGroup('outcome')}
            options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`meldpunt.outcomes.${o}`) }))}
          />
        ) : null}
        {to === 'afgesloten' ? (
          <SelectField
            {...bind('closeReason')}
            placeholder={t('meldpunt.form.choose')}
            options={CLOSE_REASONS.map((r) => ({ value: r, label: t(`meldpunt.closeReasons.${r}`) }))}
            required
          />
        ) : null}
        <TextAreaField
          {...bind('note')}
          optional={!noteRequired}
          required={noteRequired}
          rows={3}
          maxLength={4000}
        />
      </DecisionForm>
    </Section>
  );
}

interface AnnotationDraft {
  readonly effect: string;
  readonly assumptionId: string;
  readonly text: string;
}

const NO_ANNOTATION: AnnotationDraft = { effect: '', assumptionId: '', text: '' };

/** Later annotations: each confirms or refutes an assumption of the signal, or adds information. */
export function AnnotationsSection({ work }: { readonly work: SignalWork }) {
  const { t } = useTranslation();
  const { signal, baseVersion } = work;
  const [draft, setDraft] = useState<AnnotationDraft>(NO_ANNOTATION);
  const [added, setAdded] = useState(false);
  const set = (change: Partial<AnnotationDraft>) => setDraft((d) => ({ ...d, ...change }));
  const about = draft.effect === 'bevestigt' || draft.effect === 'weerlegt';
  const add = useSignalChange(
    work,
    (d: AnnotationDraft) =>
      apiSend<SignalChange>('POST', path(signal, 'annotaties'), {
        version: baseVersion,
        effect: d.effect || undefined,
        assumptionId: about ? d.assumptionId || undefined : undefined,
        text: d.text,
      }),
    () => {
      setAdded(true);
      setDraft(NO_ANNOTATION);
    },
  );
  const effects = signal.assumptions.length > 0 ? ANNOTATION_EFFECTS : (['aanvulling'] as const);
  const { summary, bind, bindGroup } = useFormFields(
    add.error,
    {
      effect: { id: 'annotation-effect', firstOption: effects[0], label: t('meldpunt.annotations.effect') },
      assumptionId: { id: 'annotation-assumptionId', label: t('meldpunt.annotations.assumption') },
      text: { id: 'annotation-text', label: t('meldpunt.annotations.text') },
    },
    { draft, set },
  );
  const assumption = (id: string | null) => signal.assumptions.find((a) => a.id === id);

  const item = (a: SignalDetail['annotations'][number]) => {
    const target = assumption(a.assumptionId);
    return (
      <li key={a.id} className="duiden-timeline__item">
        <Paragraph small>
          <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time> – {a.createdByName}
        </Paragraph>
        <Paragraph>
          <strong>{t(`meldpunt.annotationEffects.${a.effect}`)}</strong>
          {target ? (
            <>
              {' '}
              {t('meldpunt.annotations.about', { text: target.text })}{' '}
              <AssumptionBadge state={target.state} />
            </>
          ) : null}
        </Paragraph>
        <Paragraph>
          <span className="duiden-prewrap">{a.text}</span>
        </Paragraph>
      </li>
    );
  };
  // The last annotation is read at once; the earlier ones and the form open on request.
  const last = signal.annotations.at(-1);
  const earlier = signal.annotations.slice(0, -1);

  return (
    <Section id="signal-annotations" title={t('meldpunt.annotations.title')}>
      {last ? (
        <>
          <Paragraph>{t('meldpunt.annotations.count', { count: signal.annotations.length })}</Paragraph>
          <ul className="duiden-timeline">{item(last)}</ul>
        </>
      ) : (
        <Paragraph>{t('meldpunt.annotations.none')}</Paragraph>
      )}
      {earlier.length > 0 ? (
        <Disclosure summary={t('meldpunt.annotations.earlier', { count: earlier.length })}>
          <ul className="duiden-timeline">{earlier.map(item)}</ul>
        </Disclosure>
      ) : null}
      {signal.mayWork ? (
        <Disclosure
          summary={t('meldpunt.annotations.addTitle')}
          summaryId="annotation-form"
          openOn={add.error}
          unsaved={add.error ? t('meldpunt.signal.unsaved') : undefined}
        >
          <Paragraph>{t('meldpunt.annotations.intro')}</Paragraph>
          <FormFrame
            labelledBy="annotation-form"
            done={added ? t('meldpunt.annotations.added') : null}
            error={add.error}
            fields={summary}
            conflict={<ConflictNotice error={add.error} />}
            onSubmit={() => {
              setAdded(false);
              add.mutate(draft);
            }}
            busy={add.isPending}
            submitLabel={t('meldpunt.annotations.submit')}
          >
            <RadioGroupField
              {...bindGroup('effect')}
              options={effects.map((e) => ({ value: e, label: t(`meldpunt.annotationEffects.${e}`) }))}
            />
            {about ? (
              <SelectField
                {...bind('assumptionId')}
                placeholder={t('meldpunt.form.choose')}
                options={signal.assumptions.map((a) => ({ value: a.id, label: a.text }))}
                required
              />
            ) : null}
            <TextAreaField
              {...bind('text')}
              description={t('meldpunt.annotations.textDescription')}
              rows={3}
              maxLength={4000}
              required
            />
          </FormFrame>
        </Disclosure>
      ) : null}
    </Section>
  );
}

/** Feedback to the reporter (terugkoppeling): what the meldpunt chose to tell, shown on the status page. */
export function FeedbackSection({ work }: { readonly work: SignalWork }) {
  const { t } = useTranslation();
  const { signal, baseVersion } = work;
  const feedback = useDraft({ message: '' });
  const [sent, setSent] = useState(false);
  const send = useSignalChange(
    work,
    (m: string) =>
      apiSend<SignalChange>('POST', path(signal, 'terugkoppeling'), { version: baseVersion, message: m }),
    () => {
      setSent(true);
      feedback.set({ message: '' });
    },
  );
  const { summary, bind } = useFormFields(
    send.error,
    { message: { id: 'feedback-message', label: t('meldpunt.feedback.message') } },
    feedback,
  );
  const mayWork = signal.view === 'full' && signal.mayWork;

  return (
    <Section
      id="signal-feedback"
      title={signal.view === 'full' ? t('meldpunt.feedback.title') : t('meldpunt.feedback.titleMine')}
    >
      {signal.view === 'full' ? (
        <Paragraph>
          {signal.reporter.feedbackWanted ? t('meldpunt.feedback.wanted') : t('meldpunt.feedback.notWanted')}
        </Paragraph>
      ) : null}
      {signal.feedback.length === 0 ? (
        <Paragraph>{t('meldpunt.feedback.none')}</Paragraph>
      ) : (
        <>
          {signal.view === 'full' ? (
            <Paragraph>{t('meldpunt.feedback.count', { count: signal.feedback.length })}</Paragraph>
          ) : null}
          <ul className="duiden-timeline">
            {signal.feedback.map((f) => (
              <li key={f.id} className="duiden-timeline__item">
                <Paragraph small>
                  <time dateTime={f.createdAt}>{formatDateTime(f.createdAt)}</time>
                </Paragraph>
                <Paragraph>
                  <span className="duiden-prewrap">{f.message}</span>
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
      {mayWork ? (
        <Disclosure
          summary={t('meldpunt.feedback.add')}
          summaryId="signal-feedback-form"
          openOn={send.error}
          unsaved={send.error ? t('meldpunt.signal.unsaved') : undefined}
        >
          <FormFrame
            labelledBy="signal-feedback-form"
            done={sent ? t('meldpunt.feedback.sent') : null}
            error={send.error}
            fields={summary}
            conflict={<ConflictNotice error={send.error} />}
            onSubmit={() => {
              setSent(false);
              send.mutate(feedback.draft.message);
            }}
            busy={send.isPending}
            submitLabel={t('meldpunt.feedback.submit')}
          >
            <TextAreaField
              {...bind('message')}
              description={t('meldpunt.feedback.messageDescription')}
              rows={3}
              maxLength={2000}
              required
            />
          </FormFrame>
        </Disclosure>
      ) : null}
    </Section>
  );
}

/** The attachments as download links; the meldpunt may add one later (e.g. an e-mail as PDF). */
export function AttachmentsSection({ work }: { readonly work: SignalWork }) {
  const { t } = useTranslation();
  const { signal, baseVersion } = work;
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [added, setAdded] = useState(false);
  const add = useSignalChange(
    work,
    async (f: File | null) => {
      const [upload] = f ? await attachmentsOf([f]) : [];
      return apiSend<SignalChange>('POST', path(signal, 'bijlagen'), {
        version: baseVersion,
        fileName: upload?.fileName,
        contentBase64: upload?.contentBase64,
      });
    },
    () => {
      setAdded(true);
      setFile(null);
      setInputKey((k) => k + 1);
    },
  );
  const fieldError = useFieldErrors(add.error);
  const error = fieldError('file') ?? fieldError('fileName') ?? fieldError('contentBase64');
  const pick = (e: ChangeEvent<HTMLInputElement>) => setFile(e.target.files?.[0] ?? null);
  const mayWork = signal.view === 'full' && signal.mayWork;

  return (
    <Section id="signal-attachments" title={t('meldpunt.attachments.title')}>
      {signal.attachments.length === 0 ? (
        <Paragraph>{t('meldpunt.attachments.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('meldpunt.attachments.count', { count: signal.attachments.length })}</Paragraph>
          <ul className="utrecht-unordered-list">
            {signal.attachments.map((a) => (
              <li key={a.id}>
                <a
                  href={path(signal, `bijlagen/${encodeURIComponent(a.id)}`)}
                  download={a.fileName}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {a.fileName}
                </a>{' '}
                <span className="duiden-muted">
                  (
                  {t('meldpunt.attachments.details', {
                    size: formatBytes(a.sizeBytes, t),
                    type: a.mediaType,
                  })}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {mayWork ? (
        <Disclosure
          summary={t('meldpunt.attachments.add')}
          summaryId="signal-attachment-form"
          openOn={add.error}
          unsaved={add.error ? t('meldpunt.signal.unsaved') : undefined}
        >
          <FormFrame
            labelledBy="signal-attachment-form"
            done={added ? t('meldpunt.attachments.added') : null}
            error={add.error}
            fields={['file', 'fileName', 'contentBase64'].map((field) => ({
              field,
              id: 'attachment-file',
              label: t('meldpunt.attachments.file'),
            }))}
            conflict={<ConflictNotice error={add.error} />}
            onSubmit={() => {
              setAdded(false);
              add.mutate(file);
            }}
            busy={add.isPending}
            submitLabel={t('meldpunt.attachments.submit')}
          >
            <div className={error ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor="attachment-file">
                  {t('meldpunt.attachments.file')}
                </label>
              </div>
              <div
                className="utrecht-form-field__description utrecht-form-field-description"
                id="attachment-file-description"
              >
                {t('meldpunt.attachments.fileDescription')}
              </div>
              {error ? (
                <div
                  className="utrecht-form-field__error-message utrecht-form-field-error-message"
                  id="attachment-file-error"
                >
                  <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
                  {error}
                </div>
              ) : null}
              <div className="utrecht-form-field__input">
                <input
                  key={inputKey}
                  id="attachment-file"
                  name="attachment-file"
                  type="file"
                  className="duiden-file-input"
                  onChange={pick}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={
                    error
                      ? 'attachment-file-description attachment-file-error'
                      : 'attachment-file-description'
                  }
                />
              </div>
            </div>
          </FormFrame>
        </Disclosure>
      ) : null}
    </Section>
  );
}
