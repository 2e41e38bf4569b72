import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed, Contribution } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextAreaField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import type { ItemWork } from './item-page';
import { OtherVersion, useLegalBasisOptions } from './overleg-ui';
import { conflictContribution, useLegalBases } from './overleggen-api';

/**
 * What each organisation knows about the item, from its own expertise, with the legal basis on which it
 * shares it. An organisation adds its own and corrects its own while the meeting is open.
 */
export function ContributionsSection({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const { item } = work;
  const organisations = [...new Map(item.contributions.map((c) => [c.organisation.id, c.organisation.name]))];

  return (
    <section aria-labelledby="item-contributions" className="duiden-section">
      <Heading level={2} id="item-contributions">
        {t('overleg.contributions.title')}
      </Heading>
      <Paragraph>{t('overleg.contributions.intro')}</Paragraph>
      {item.contributions.length === 0 ? <Paragraph>{t('overleg.contributions.none')}</Paragraph> : null}
      {organisations.map(([id, name]) => (
        <article key={id} className="duiden-block" aria-labelledby={`contributions-${id}`}>
          <Heading level={3} id={`contributions-${id}`}>
            {name}
          </Heading>
          <ul className="duiden-plain-list">
            {item.contributions
              .filter((c) => c.organisation.id === id)
              .map((c) => (
                <ContributionEntry key={c.id} contribution={c} work={work} />
              ))}
          </ul>
        </article>
      ))}
      {item.permissions.contribute ? <AddContribution work={work} /> : null}
    </section>
  );
}

function ContributionEntry({
  contribution: c,
  work,
}: {
  readonly contribution: Contribution;
  readonly work: ItemWork;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <li className="duiden-candidate">
      <Paragraph>
        <span className="duiden-prewrap">{c.text}</span>
      </Paragraph>
      <Paragraph small>
        {t('overleg.contributions.basis', { basis: language === 'en' ? c.legalBasis.en : c.legalBasis.nl })}
        <br />
        {t('overleg.contributions.by', { name: c.author.name, at: formatDateTime(c.updatedAt) })}
      </Paragraph>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('overleg.contributions.corrected')}</Paragraph>
        </Alert>
      ) : null}
      {c.editable && !editing ? (
        <ButtonGroup>
          <Button
            aria-label={t('overleg.contributions.correctLabel', { organisation: c.organisation.name })}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('overleg.contributions.correct')}
          </Button>
        </ButtonGroup>
      ) : null}
      {c.editable && editing ? (
        <CorrectContribution
          contribution={c}
          work={work}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}

function CorrectContribution({
  contribution: c,
  work,
  onDone,
  onCancel,
}: {
  readonly contribution: Contribution;
  readonly work: ItemWork;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const legalBases = useLegalBases();
  const basisOptions = useLegalBasisOptions(legalBases.data);
  const [baseVersion, setBaseVersion] = useState(c.version);
  const [text, setText] = useState(c.text);
  const [legalBasisId, setLegalBasisId] = useState(c.legalBasis.id);
  const save = useMutation({
    mutationFn: () =>
      apiSend<Changed>('PATCH', `/api/bijdragen/${encodeURIComponent(c.id)}`, {
        version: baseVersion,
        text,
        legalBasisId: legalBasisId || undefined,
      }),
    onSuccess: async () => {
      await work.changed();
      onDone();
    },
    onError: (error) => {
      // What was typed stays; the next save is based on the version now shown.
      const other = conflictContribution(error);
      if (other) setBaseVersion(other.version);
    },
  });
  const fieldError = useFieldErrors(save.error);
  const other = conflictContribution(save.error);
  const prefix = `contribution-${c.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  return (
    <>
      <ErrorSummary
        error={save.error}
        fields={[
          { field: 'text', id: `${prefix}-text`, label: t('overleg.contributions.text') },
          { field: 'legalBasisId', id: `${prefix}-basis`, label: t('overleg.contributions.legalBasis') },
        ]}
      />
      {other ? (
        <OtherVersion
          version={other.version}
          items={[
            {
              key: 'text',
              label: t('overleg.contributions.text'),
              value: <span className="duiden-prewrap">{other.text}</span>,
            },
            {
              key: 'basis',
              label: t('overleg.contributions.legalBasis'),
              value: language === 'en' ? other.legalBasis.en : other.legalBasis.nl,
            },
            { key: 'by', label: t('overleg.contributions.author'), value: other.author.name },
          ]}
        />
      ) : null}
      <form
        className="duiden-form"
        onSubmit={submit}
        noValidate
        aria-label={t('overleg.contributions.correctTitle', { organisation: c.organisation.name })}
      >
        <TextAreaField
          id={`${prefix}-text`}
          label={t('overleg.contributions.text')}
          rows={4}
          value={text}
          onValueChange={setText}
          error={fieldError('text')}
          maxLength={10_000}
          required
        />
        <SelectField
          id={`${prefix}-basis`}
          label={t('overleg.contributions.legalBasis')}
          value={legalBasisId}
          onValueChange={setLegalBasisId}
          error={fieldError('legalBasisId')}
          options={basisOptions}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {t('overleg.contributions.saveCorrection')}
          </Button>
          <Button onClick={onCancel}>{t('overleg.confirmCancel')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function AddContribution({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const legalBases = useLegalBases();
  const basisOptions = useLegalBasisOptions(legalBases.data);
  const [text, setText] = useState('');
  const [legalBasisId, setLegalBasisId] = useState('');
  const [added, setAdded] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      apiSend<Changed>('POST', `/api/agendapunten/${encodeURIComponent(work.item.id)}/bijdragen`, {
        text,
        legalBasisId: legalBasisId || undefined,
      }),
    onSuccess: async () => {
      await work.changed();
      setAdded(true);
      setText('');
      setLegalBasisId('');
    },
  });
  const fieldError = useFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    setAdded(false);
    add.mutate();
  };
  return (
    <>
      <Heading level={3} id="contribution-add">
        {t('overleg.contributions.addTitle', { organisation: user.organisationName })}
      </Heading>
      {added ? (
        <Alert type="ok" live>
          <Paragraph>{t('overleg.contributions.added')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={add.error}
        fields={[
          { field: 'text', id: 'contribution-text', label: t('overleg.contributions.text') },
          { field: 'legalBasisId', id: 'contribution-basis', label: t('overleg.contributions.legalBasis') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="contribution-add">
        <TextAreaField
          id="contribution-text"
          label={t('overleg.contributions.text')}
          description={t('overleg.contributions.textDescription')}
          rows={4}
          value={text}
          onValueChange={setText}
          error={fieldError('text')}
          maxLength={10_000}
          required
        />
        <SelectField
          id="contribution-basis"
          label={t('overleg.contributions.legalBasis')}
          description={t('overleg.contributions.legalBasisDescription')}
          value={legalBasisId}
          onValueChange={setLegalBasisId}
          error={fieldError('legalBasisId')}
          placeholder={t('overleg.choose')}
          options={basisOptions}
          required
        />
        <Button type="submit" busy={add.isPending}>
          {t('overleg.contributions.submit')}
        </Button>
      </form>
    </>
  );
}
