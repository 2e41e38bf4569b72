import type { TFunction } from 'i18next';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PLACES,
  RELATIONS,
  REPORTER_KINDS,
  type ReporterKind,
  SIGNAL_KINDS,
  type SignalKind,
  SOURCES,
  type Source,
} from '../../../domain/melding/types';
import { ApiError } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { Button, ButtonGroup } from '../../ui/button';
import type { SummaryField } from '../../ui/error-summary';
import {
  CheckboxField,
  Fieldset,
  RadioGroupField,
  radioId,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { HelpLink } from '../kennisbank/help-link';
import {
  emptyAssumption,
  emptyObservation,
  emptyPerson,
  fieldId,
  type MeldingDraft,
  type ObservationDraft,
  type PersonDraft,
  type ReporterDraft,
} from './melding-draft';

/** public: the form for residents; professional: a signed-in partner; staff: the meldpunt records it. */
export type IntakeMode = 'public' | 'professional' | 'staff';

export const MAX_ATTACHMENTS = 3;
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

type Update = (change: (d: MeldingDraft) => MeldingDraft) => void;
type FieldError = (field: string) => string | undefined;

interface FieldsProps {
  readonly draft: MeldingDraft;
  readonly update: Update;
  readonly fieldError: FieldError;
}

/** A part of the form under its own heading: a section of the page, or a part within one (staff). */
interface PartProps extends FieldsProps {
  readonly mode: IntakeMode;
  readonly level?: 2 | 3;
}

/** The texts that speak to the reporter on the public and partner forms, and about the reporter for staff. */
const WORDED = [
  'kind',
  'reporterKind',
  'question',
  'questionDescription',
  'observationsIntro',
  'observationDescriptionHint',
  'observedWhenDescription',
  'source',
  'sourceDetail',
  'sourceDetailDescription',
  'assumptionsIntro',
  'personsTitle',
  'personsIntro',
  'contactIntro',
  'feedbackWanted',
  'feedbackWantedDescription',
  'feedbackAnonymous',
] as const;
type Worded = (typeof WORDED)[number];

/**
 * The intake's words in the voice of its form: a resident or partner reads "Hoe weet u dit?", a meldpunt
 * worker typing up a phone call reads "Hoe weet de melder dit?".
 */
export function intakeWords(mode: IntakeMode, t: TFunction) {
  const staff = mode === 'staff';
  return {
    text: (key: Worded) => (staff ? t(`meldpunt.intake.staff.${key}`) : t(`meldpunt.form.${key}`)),
    kindDescription: (kind: SignalKind) =>
      staff ? t(`meldpunt.intake.staff.kindDescriptions.${kind}`) : t(`meldpunt.kindDescriptions.${kind}`),
    reporterKind: (kind: ReporterKind) =>
      staff ? t(`meldpunt.intake.staff.reporterKinds.${kind}`) : t(`meldpunt.reporterKinds.${kind}`),
    source: (source: Source) =>
      staff ? t(`meldpunt.intake.staff.sources.${source}`) : t(`meldpunt.sources.${source}`),
  };
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

/**
 * The fields every intake shares, in the order of step 1 of the Werkwijze informatie delen: what and who,
 * the facts (observations, with when, where and their source), opinions and assumptions kept apart, what
 * contradicts a concern, the persons concerned, the reporter's details and attachments.
 */
export function IntakeFields({
  mode,
  draft,
  update,
  fieldError,
  error,
}: FieldsProps & { readonly mode: IntakeMode; readonly error: unknown }) {
  const { t } = useTranslation();
  const part = { mode, draft, update, fieldError };
  return (
    <>
      <section aria-labelledby="intake-what">
        <IntakeHeading level={2} id="intake-what" title="whatTitle" />
        <KindField {...part} />
        {mode === 'professional' ? null : <ReporterKindField {...part} />}
        <QuestionField {...part} />
      </section>
      <ObservationFields {...part} />
      <AssumptionFields {...part} />
      <ContraIndicationField {...part} />
      <PersonFields {...part} />
      <section aria-labelledby="intake-contact">
        <Heading level={2} id="intake-contact">
          {mode === 'public' ? t('meldpunt.form.contactTitle') : t('meldpunt.form.contactTitleOther')}
        </Heading>
        <ContactFields {...part} />
        <FeedbackField {...part} />
      </section>
      <AttachmentFields draft={draft} update={update} error={error} />
      {mode === 'public' ? <Honeypot value={draft.website} update={update} /> : null}
    </>
  );
}

function IntakeHeading({
  level,
  id,
  title,
}: {
  readonly level: 2 | 3;
  readonly id: string;
  readonly title: 'whatTitle' | 'observationsTitle' | 'assumptionsTitle' | 'contraTitle';
}) {
  const { t } = useTranslation();
  return (
    <Heading level={level} id={id}>
      {t(`meldpunt.form.${title}`)}
    </Heading>
  );
}

/** Melding or adviesvraag. */
export function KindField({ mode, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  return (
    <RadioGroupField
      id={fieldId('kind')}
      legend={words.text('kind')}
      value={draft.kind}
      onValueChange={(kind) => update((d) => ({ ...d, kind: kind as MeldingDraft['kind'] }))}
      error={fieldError('kind')}
      options={SIGNAL_KINDS.map((k) => ({
        value: k,
        label: t(`meldpunt.kinds.${k}`),
        description: words.kindDescription(k),
      }))}
    />
  );
}

/** A resident, a professional or anonymous (a signed-in partner is a professional). */
export function ReporterKindField({ mode, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  return (
    <RadioGroupField
      id={fieldId('reporter.kind')}
      legend={words.text('reporterKind')}
      value={draft.reporter.kind}
      onValueChange={(kind) =>
        update((d) => ({ ...d, reporter: { ...d.reporter, kind: kind as ReporterDraft['kind'] } }))
      }
      error={fieldError('reporter.kind')}
      options={REPORTER_KINDS.map((k) => ({ value: k, label: words.reporterKind(k) }))}
    />
  );
}

/** The question of an adviesvraag, shown once that is chosen. */
export function QuestionField({ mode, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  if (draft.kind !== 'adviesvraag') return null;
  return (
    <TextAreaField
      id={fieldId('question')}
      label={words.text('question')}
      description={words.text('questionDescription')}
      value={draft.question}
      onValueChange={(question) => update((d) => ({ ...d, question }))}
      error={fieldError('question')}
      maxLength={4000}
      required
    />
  );
}

export function ObservationFields({ mode, level = 2, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  const set = (i: number, change: Partial<ObservationDraft>) =>
    update((d) => {
      const current = d.observations[i];
      return current ? { ...d, observations: replaceAt(d.observations, i, { ...current, ...change }) } : d;
    });
  const many = draft.observations.length > 1;
  return (
    <section aria-labelledby="intake-facts">
      <IntakeHeading level={level} id="intake-facts" title="observationsTitle" />
      <Paragraph>{words.text('observationsIntro')}</Paragraph>
      {draft.observations.map((o, i) => {
        const at = (field: string) => `observations.${i}.${field}`;
        const number = i + 1;
        return (
          <Fieldset
            key={o.key}
            className="duiden-block"
            legend={t('meldpunt.form.observationLegend', { number })}
          >
            <TextAreaField
              id={fieldId(at('description'))}
              label={t('meldpunt.form.observationDescription')}
              description={words.text('observationDescriptionHint')}
              value={o.description}
              onValueChange={(description) => set(i, { description })}
              error={fieldError(at('description')) ?? (i === 0 ? fieldError('observations') : undefined)}
              maxLength={4000}
            />
            <TextField
              id={fieldId(at('observedOn'))}
              type="date"
              label={t('meldpunt.form.observedOn')}
              optional
              value={o.observedOn}
              onValueChange={(observedOn) => set(i, { observedOn })}
              error={fieldError(at('observedOn'))}
            />
            <TextField
              id={fieldId(at('observedWhen'))}
              label={t('meldpunt.form.observedWhen')}
              description={words.text('observedWhenDescription')}
              optional
              value={o.observedWhen}
              onValueChange={(observedWhen) => set(i, { observedWhen })}
              error={fieldError(at('observedWhen'))}
              maxLength={200}
            />
            <SelectField
              id={fieldId(at('place'))}
              label={t('meldpunt.form.place')}
              optional
              value={o.place}
              onValueChange={(place) => set(i, { place: place as ObservationDraft['place'] })}
              error={fieldError(at('place'))}
              placeholder={t('meldpunt.form.choose')}
              options={PLACES.map((p) => ({ value: p, label: t(`meldpunt.places.${p}`) }))}
            />
            <TextField
              id={fieldId(at('placeDetail'))}
              label={t('meldpunt.form.placeDetail')}
              description={t('meldpunt.form.placeDetailDescription')}
              optional={o.place !== 'anders'}
              value={o.placeDetail}
              onValueChange={(placeDetail) => set(i, { placeDetail })}
              error={fieldError(at('placeDetail'))}
              maxLength={200}
            />
            <RadioGroupField
              id={fieldId(at('source'))}
              legend={words.text('source')}
              value={o.source}
              onValueChange={(source) => set(i, { source: source as ObservationDraft['source'] })}
              error={fieldError(at('source'))}
              options={SOURCES.map((s) => ({ value: s, label: words.source(s) }))}
            />
            {o.source !== '' && o.source !== 'eigen_waarneming' ? (
              <TextField
                id={fieldId(at('sourceDetail'))}
                label={words.text('sourceDetail')}
                description={words.text('sourceDetailDescription')}
                value={o.sourceDetail}
                onValueChange={(sourceDetail) => set(i, { sourceDetail })}
                error={fieldError(at('sourceDetail'))}
                maxLength={200}
                required
              />
            ) : null}
            {many ? (
              <Button
                appearance="subtle"
                onClick={() =>
                  update((d) => ({ ...d, observations: d.observations.filter((x) => x.key !== o.key) }))
                }
              >
                {t('meldpunt.form.removeObservation', { number })}
              </Button>
            ) : null}
          </Fieldset>
        );
      })}
      {draft.observations.length < 20 ? (
        <ButtonGroup>
          <Button
            onClick={() => update((d) => ({ ...d, observations: [...d.observations, emptyObservation()] }))}
          >
            {t('meldpunt.form.addObservation')}
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

export function AssumptionFields({ mode, level = 2, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  return (
    <section aria-labelledby="intake-assumptions" className="duiden-opinion">
      <IntakeHeading level={level} id="intake-assumptions" title="assumptionsTitle" />
      <Paragraph>{words.text('assumptionsIntro')}</Paragraph>
      {mode === 'public' ? null : <HelpLink topic="feitenEnMeningen" />}
      {draft.assumptions.map((a, i) => {
        const number = i + 1;
        return (
          <div key={a.key}>
            <TextAreaField
              id={fieldId(`assumptions.${i}`)}
              label={t('meldpunt.form.assumptionLabel', { number })}
              optional
              rows={2}
              value={a.text}
              onValueChange={(value) =>
                update((d) => ({
                  ...d,
                  assumptions: d.assumptions.map((x) => (x.key === a.key ? { ...x, text: value } : x)),
                }))
              }
              error={fieldError(`assumptions.${i}`)}
              maxLength={1000}
            />
            {draft.assumptions.length > 1 ? (
              <Button
                appearance="subtle"
                onClick={() =>
                  update((d) => ({ ...d, assumptions: d.assumptions.filter((x) => x.key !== a.key) }))
                }
              >
                {t('meldpunt.form.removeAssumption', { number })}
              </Button>
            ) : null}
          </div>
        );
      })}
      {draft.assumptions.length < 10 ? (
        <ButtonGroup>
          <Button
            onClick={() => update((d) => ({ ...d, assumptions: [...d.assumptions, emptyAssumption()] }))}
          >
            {t('meldpunt.form.addAssumption')}
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

export function ContraIndicationField({ level = 2, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="intake-contra">
      <IntakeHeading level={level} id="intake-contra" title="contraTitle" />
      <TextAreaField
        id={fieldId('contraIndications')}
        label={t('meldpunt.form.contraIndications')}
        description={t('meldpunt.form.contraIndicationsDescription')}
        optional
        value={draft.contraIndications}
        onValueChange={(contraIndications) => update((d) => ({ ...d, contraIndications }))}
        error={fieldError('contraIndications')}
        maxLength={4000}
      />
    </section>
  );
}

export function PersonFields({ mode, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  const set = (i: number, change: Partial<PersonDraft>) =>
    update((d) => {
      const current = d.persons[i];
      return current ? { ...d, persons: replaceAt(d.persons, i, { ...current, ...change }) } : d;
    });
  return (
    <section aria-labelledby="intake-persons">
      <Heading level={2} id="intake-persons">
        {words.text('personsTitle')}
      </Heading>
      <Paragraph>{words.text('personsIntro')}</Paragraph>
      {draft.persons.map((p, i) => {
        const at = (field: string) => `persons.${i}.${field}`;
        const number = i + 1;
        return (
          <Fieldset key={p.key} className="duiden-block" legend={t('meldpunt.form.personLegend', { number })}>
            <TextField
              id={fieldId(at('name'))}
              label={t('meldpunt.form.personName')}
              optional
              value={p.name}
              onValueChange={(name) => set(i, { name })}
              error={fieldError(at('name')) ?? fieldError(`persons.${i}`)}
              autoComplete="off"
              maxLength={200}
            />
            <TextField
              id={fieldId(at('age'))}
              label={t('meldpunt.form.personAge')}
              optional
              inputMode="numeric"
              value={p.age}
              onValueChange={(age) => set(i, { age })}
              error={fieldError(at('age'))}
              autoComplete="off"
              maxLength={3}
            />
            <TextField
              id={fieldId(at('birthDate'))}
              type="date"
              label={t('meldpunt.form.personBirthDate')}
              optional
              value={p.birthDate}
              onValueChange={(birthDate) => set(i, { birthDate })}
              error={fieldError(at('birthDate'))}
              autoComplete="off"
            />
            <TextField
              id={fieldId(at('neighbourhood'))}
              label={t('meldpunt.form.personNeighbourhood')}
              optional
              value={p.neighbourhood}
              onValueChange={(neighbourhood) => set(i, { neighbourhood })}
              error={fieldError(at('neighbourhood'))}
              autoComplete="off"
              maxLength={200}
            />
            <TextField
              id={fieldId(at('address'))}
              label={t('meldpunt.form.personAddress')}
              optional
              value={p.address}
              onValueChange={(address) => set(i, { address })}
              error={fieldError(at('address'))}
              autoComplete="off"
              maxLength={300}
            />
            <TextField
              id={fieldId(at('schoolOrWork'))}
              label={t('meldpunt.form.personSchoolOrWork')}
              optional
              value={p.schoolOrWork}
              onValueChange={(schoolOrWork) => set(i, { schoolOrWork })}
              error={fieldError(at('schoolOrWork'))}
              autoComplete="off"
              maxLength={200}
            />
            <SelectField
              id={fieldId(at('relation'))}
              label={t('meldpunt.form.relation')}
              optional
              value={p.relation}
              onValueChange={(relation) => set(i, { relation: relation as PersonDraft['relation'] })}
              error={fieldError(at('relation'))}
              placeholder={t('meldpunt.form.choose')}
              options={RELATIONS.map((r) => ({ value: r, label: t(`meldpunt.relations.${r}`) }))}
            />
            {p.relation === 'anders' ? (
              <TextField
                id={fieldId(at('relationDetail'))}
                label={t('meldpunt.form.relationDetail')}
                value={p.relationDetail}
                onValueChange={(relationDetail) => set(i, { relationDetail })}
                error={fieldError(at('relationDetail'))}
                maxLength={200}
                required
              />
            ) : null}
            <Button
              appearance="subtle"
              onClick={() => update((d) => ({ ...d, persons: d.persons.filter((x) => x.key !== p.key) }))}
            >
              {t('meldpunt.form.removePerson', { number })}
            </Button>
          </Fieldset>
        );
      })}
      {draft.persons.length < 10 ? (
        <ButtonGroup>
          <Button onClick={() => update((d) => ({ ...d, persons: [...d.persons, emptyPerson()] }))}>
            {t('meldpunt.form.addPerson')}
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

/** The reporter's name and how to reach them (nothing of it when anonymous), without a heading. */
export function ContactFields({ mode, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  const r = draft.reporter;
  const field = (name: 'name' | 'email' | 'phone' | 'organisation' | 'role') => ({
    id: fieldId(`reporter.${name}`),
    value: r[name],
    onValueChange: (value: string) => update((d) => ({ ...d, reporter: { ...d.reporter, [name]: value } })),
    error: fieldError(`reporter.${name}`),
    autoComplete: 'off',
    optional: true,
  });
  if (r.kind === 'anoniem') {
    return (
      <Paragraph>
        {mode === 'public' ? t('meldpunt.form.anonymousNote') : t('meldpunt.form.anonymousNoteStaff')}
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>
        {mode === 'professional' ? t('meldpunt.form.contactIntroProfessional') : words.text('contactIntro')}
      </Paragraph>
      <TextField {...field('name')} label={t('meldpunt.form.reporterName')} maxLength={200} />
      <TextField {...field('email')} type="email" label={t('meldpunt.form.reporterEmail')} maxLength={320} />
      <TextField {...field('phone')} type="tel" label={t('meldpunt.form.reporterPhone')} maxLength={30} />
      {r.kind === 'professional' || mode === 'professional' ? (
        <>
          <TextField
            {...field('organisation')}
            optional={mode === 'professional'}
            required={mode !== 'professional'}
            label={t('meldpunt.form.reporterOrganisation')}
            maxLength={200}
          />
          <TextField {...field('role')} label={t('meldpunt.form.reporterRole')} maxLength={200} />
        </>
      ) : null}
    </>
  );
}

/** Whether the reporter wants to hear what happens with the signal. */
export function FeedbackField({ mode, draft, update, fieldError }: PartProps) {
  const { t } = useTranslation();
  const words = intakeWords(mode, t);
  return (
    <CheckboxField
      id={fieldId('reporter.feedbackWanted')}
      label={mode === 'professional' ? t('meldpunt.form.feedbackInApp') : words.text('feedbackWanted')}
      description={
        mode === 'professional'
          ? undefined
          : draft.reporter.kind === 'anoniem'
            ? words.text('feedbackAnonymous')
            : words.text('feedbackWantedDescription')
      }
      checked={draft.reporter.feedbackWanted}
      onCheckedChange={(feedbackWanted) =>
        update((d) => ({ ...d, reporter: { ...d.reporter, feedbackWanted } }))
      }
      error={fieldError('reporter.feedbackWanted')}
    />
  );
}

/** The server's messages about the files, each with the name of the file it is about. */
function attachmentErrors(error: unknown, files: readonly File[], language: 'nl' | 'en'): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.flatMap((e) => {
    const m = /^attachments(?:\.(\d+))?/.exec(e.field);
    if (!m) return [];
    const file = m[1] === undefined ? undefined : files[Number(m[1])];
    return [file ? `${file.name}: ${e[language]}` : e[language]];
  });
}

export function AttachmentFields({
  draft,
  update,
  error,
}: {
  readonly draft: MeldingDraft;
  readonly update: Update;
  readonly error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const [pickError, setPickError] = useState<string | null>(null);
  const id = fieldId('attachments');
  const serverErrors = attachmentErrors(error, draft.files, currentLanguage(i18n.resolvedLanguage));
  const message = [pickError, ...serverErrors].filter(Boolean).join(' ');
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    // Cleared, so the same file can be chosen again after removing it.
    e.target.value = '';
    const tooLarge = picked.filter((f) => f.size > MAX_ATTACHMENT_BYTES);
    const fitting = picked.filter((f) => f.size <= MAX_ATTACHMENT_BYTES);
    const room = MAX_ATTACHMENTS - draft.files.length;
    const problems = tooLarge.map((f) => t('meldpunt.form.attachmentTooLarge', { name: f.name }));
    if (fitting.length > room) problems.push(t('meldpunt.form.tooManyAttachments', { max: MAX_ATTACHMENTS }));
    setPickError(problems.length > 0 ? problems.join(' ') : null);
    update((d) => ({ ...d, files: [...d.files, ...fitting.slice(0, Math.max(0, room))] }));
  };
  const describedBy = [`${id}-description`, message ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="intake-attachments">
      <Heading level={2} id="intake-attachments">
        {t('meldpunt.form.attachmentsTitle')}
      </Heading>
      <div className={message ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>
            {t('meldpunt.form.attachments')}
            <span className="duiden-optional"> {t('form.optional')}</span>
          </label>
        </div>
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={`${id}-description`}
        >
          {t('meldpunt.form.attachmentsDescription', { max: MAX_ATTACHMENTS })}
        </div>
        {message ? (
          <div
            className="utrecht-form-field__error-message utrecht-form-field-error-message"
            id={`${id}-error`}
          >
            <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
            {message}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            id={id}
            name={id}
            type="file"
            multiple
            className="duiden-file-input"
            onChange={pick}
            disabled={draft.files.length >= MAX_ATTACHMENTS}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy}
          />
        </div>
      </div>
      {draft.files.length > 0 ? (
        <>
          <Heading level={3}>{t('meldpunt.form.chosenFiles')}</Heading>
          <ul className="utrecht-unordered-list duiden-file-list">
            {draft.files.map((f) => (
              <li key={`${f.name}-${f.size}-${f.lastModified}`}>
                {f.name} ({formatBytes(f.size, t)}){' '}
                <Button
                  appearance="subtle"
                  onClick={() => update((d) => ({ ...d, files: d.files.filter((x) => x !== f) }))}
                >
                  {t('meldpunt.form.removeAttachment', { name: f.name })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A size in kB or MB, Dutch or English notation. */
export function formatBytes(bytes: number, t: TFunction): string {
  if (bytes < 1024 * 1024) return t('meldpunt.kilobytes', { size: Math.max(1, Math.round(bytes / 1024)) });
  return t('meldpunt.megabytes', { size: (bytes / (1024 * 1024)).toFixed(1) });
}

/**
 * The field robots fill in and people never see: display:none (a class; the CSP forbids inline styles)
 * hides it from sight, from assistive technology and from the tab order. The API refuses a report with it.
 */
function Honeypot({ value, update }: { readonly value: string; readonly update: Update }) {
  const { t } = useTranslation();
  return (
    <div className="duiden-honeypot" aria-hidden="true">
      <label htmlFor="melding-website">{t('meldpunt.form.honeypot')}</label>
      <input
        id="melding-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => update((d) => ({ ...d, website: e.target.value }))}
      />
    </div>
  );
}

/**
 * Every field of the form that the server can name, in the order of the form, for the error summary. Staff
 * take the reporter first (a phone call starts with who calls), as their form shows it.
 */
export function intakeSummaryFields(draft: MeldingDraft, mode: IntakeMode, t: TFunction): SummaryField[] {
  const words = intakeWords(mode, t);
  const kind: SummaryField[] = [
    { field: 'kind', id: radioId(fieldId('kind'), SIGNAL_KINDS[0]), label: words.text('kind') },
  ];
  const reporterKind: SummaryField[] =
    mode === 'professional'
      ? []
      : [
          {
            field: 'reporter.kind',
            id: radioId(fieldId('reporter.kind'), REPORTER_KINDS[0]),
            label: words.text('reporterKind'),
          },
        ];
  const question: SummaryField[] = [
    { field: 'question', id: fieldId('question'), label: words.text('question') },
  ];
  const facts: SummaryField[] = [
    {
      field: 'observations',
      id: fieldId('observations.0.description'),
      label: t('meldpunt.form.observationsTitle'),
    },
  ];
  draft.observations.forEach((_, i) => {
    const legend = t('meldpunt.form.observationLegend', { number: i + 1 });
    const add = (name: string, label: string, id = fieldId(`observations.${i}.${name}`)) =>
      facts.push({ field: `observations.${i}.${name}`, id, label: `${legend}, ${label}` });
    add('description', t('meldpunt.form.observationDescription'));
    add('observedOn', t('meldpunt.form.observedOn'));
    add('observedWhen', t('meldpunt.form.observedWhen'));
    add('place', t('meldpunt.form.place'));
    add('placeDetail', t('meldpunt.form.placeDetail'));
    add('source', words.text('source'), radioId(fieldId(`observations.${i}.source`), SOURCES[0]));
    add('sourceDetail', words.text('sourceDetail'));
  });
  draft.assumptions.forEach((_, i) => {
    facts.push({
      field: `assumptions.${i}`,
      id: fieldId(`assumptions.${i}`),
      label: t('meldpunt.form.assumptionLabel', { number: i + 1 }),
    });
  });
  facts.push({
    field: 'contraIndications',
    id: fieldId('contraIndications'),
    label: t('meldpunt.form.contraIndications'),
  });
  const persons: SummaryField[] = [];
  draft.persons.forEach((_, i) => {
    const legend = t('meldpunt.form.personLegend', { number: i + 1 });
    persons.push({ field: `persons.${i}`, id: fieldId(`persons.${i}.name`), label: legend });
    const add = (name: string, label: string) =>
      persons.push({
        field: `persons.${i}.${name}`,
        id: fieldId(`persons.${i}.${name}`),
        label: `${legend}, ${label}`,
      });
    add('name', t('meldpunt.form.personName'));
    add('age', t('meldpunt.form.personAge'));
    add('birthDate', t('meldpunt.form.personBirthDate'));
    add('neighbourhood', t('meldpunt.form.personNeighbourhood'));
    add('address', t('meldpunt.form.personAddress'));
    add('schoolOrWork', t('meldpunt.form.personSchoolOrWork'));
    add('relation', t('meldpunt.form.relation'));
    add('relationDetail', t('meldpunt.form.relationDetail'));
  });
  const contact = (
    [
      ['name', 'meldpunt.form.reporterName'],
      ['email', 'meldpunt.form.reporterEmail'],
      ['phone', 'meldpunt.form.reporterPhone'],
      ['organisation', 'meldpunt.form.reporterOrganisation'],
      ['role', 'meldpunt.form.reporterRole'],
    ] as const
  ).map(([name, key]) => ({ field: `reporter.${name}`, id: fieldId(`reporter.${name}`), label: t(key) }));
  const attachments: SummaryField[] = [
    { field: 'attachments', id: fieldId('attachments'), label: t('meldpunt.form.attachments') },
  ];
  for (let i = 0; i < draft.files.length; i++) {
    attachments.push({
      field: `attachments.${i}`,
      id: fieldId('attachments'),
      label: draft.files[i]?.name ?? t('meldpunt.form.attachments'),
    });
  }
  if (mode === 'staff') {
    const feedback = {
      field: 'reporter.feedbackWanted',
      id: fieldId('reporter.feedbackWanted'),
      label: words.text('feedbackWanted'),
    };
    return [
      ...reporterKind,
      ...contact,
      ...kind,
      ...question,
      ...facts,
      ...persons,
      ...attachments,
      feedback,
    ];
  }
  return [...kind, ...reporterKind, ...question, ...facts, ...persons, ...contact, ...attachments];
}
