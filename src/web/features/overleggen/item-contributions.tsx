import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed, Contribution } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { DoneAlert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import type { SummaryField } from '../../ui/error-summary';
import { OtherVersion } from '../../ui/form-conflict';
import { TextAreaField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import type { ItemWork } from './item-page';
import { LegalBasisField } from './overleg-ui';
import { conflictContribution } from './overleggen-api';

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
      {saved ? <DoneAlert>{t('overleg.contributions.corrected')}</DoneAlert> : null}
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
  const [baseVersion, setBaseVersion] = useState(c.version);
  const [text, setText] = useState(c.text);
  const [legalBasisId, setLegalBasisId] = useState(c.legalBasis.id);
  const save = useFormSend({
    send: () =>
      apiSend<Changed>('PATCH', `/api/bijdragen/${encodeURIComponent(c.id)}`, {
        version: baseVersion,
        text,
        legalBasisId: legalBasisId || undefined,
      }),
    onSent: async () => {
      await work.changed();
      onDone();
      return true;
    },
    onError: (error) => {
      // What was typed stays; the next save is based on the version now shown.
      const other = conflictContribution(error);
      if (other) setBaseVersion(other.version);
    },
  });
  const other = conflictContribution(save.mutation.error);
  const prefix = `contribution-${c.id}`;
  return (
    <FormFrame
      label={t('overleg.contributions.correctTitle', { organisation: c.organisation.name })}
      fields={contributionSummary(prefix, t)}
      conflict={
        other ? (
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
        ) : null
      }
      {...save.frame}
      actions={
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={save.mutation.isPending}>
            {t('overleg.contributions.saveCorrection')}
          </Button>
          <Button onClick={onCancel}>{t('overleg.confirmCancel')}</Button>
        </ButtonGroup>
      }
    >
      <ContributionFields
        prefix={prefix}
        text={text}
        setText={setText}
        legalBasisId={legalBasisId}
        setLegalBasisId={setLegalBasisId}
        fieldError={save.fieldError}
      />
    </FormFrame>
  );
}

function AddContribution({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [text, setText] = useState('');
  const [legalBasisId, setLegalBasisId] = useState('');
  const add = useFormSend({
    send: () =>
      apiSend<Changed>('POST', `/api/agendapunten/${encodeURIComponent(work.item.id)}/bijdragen`, {
        text,
        legalBasisId: legalBasisId || undefined,
      }),
    onSent: async () => {
      await work.changed();
      setText('');
      setLegalBasisId('');
      return true;
    },
  });
  return (
    <FormFrame
      title={t('overleg.contributions.addTitle', { organisation: user.organisationName })}
      labelledBy="contribution-add"
      done={add.done ? t('overleg.contributions.added') : null}
      fields={contributionSummary('contribution', t)}
      {...add.frame}
      submitLabel={t('overleg.contributions.submit')}
    >
      <ContributionFields
        prefix="contribution"
        text={text}
        setText={setText}
        legalBasisId={legalBasisId}
        setLegalBasisId={setLegalBasisId}
        fieldError={add.fieldError}
        described
      />
    </FormFrame>
  );
}

function contributionSummary(prefix: string, t: TFunction): SummaryField[] {
  return [
    { field: 'text', id: `${prefix}-text`, label: t('overleg.contributions.text') },
    { field: 'legalBasisId', id: `${prefix}-basis`, label: t('overleg.contributions.legalBasis') },
  ];
}

/** What an organisation knows, and the legal basis on which it shares it; `described` explains both. */
function ContributionFields({
  prefix,
  text,
  setText,
  legalBasisId,
  setLegalBasisId,
  fieldError,
  described = false,
}: {
  readonly prefix: string;
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly legalBasisId: string;
  readonly setLegalBasisId: (id: string) => void;
  readonly fieldError: (field: string) => string | undefined;
  readonly described?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        id={`${prefix}-text`}
        label={t('overleg.contributions.text')}
        description={described ? t('overleg.contributions.textDescription') : undefined}
        rows={4}
        value={text}
        onValueChange={setText}
        error={fieldError('text')}
        maxLength={10_000}
        required
      />
      <LegalBasisField
        id={`${prefix}-basis`}
        label={t('overleg.contributions.legalBasis')}
        description={described ? t('overleg.contributions.legalBasisDescription') : undefined}
        value={legalBasisId}
        onValueChange={setLegalBasisId}
        error={fieldError('legalBasisId')}
        choose={described}
        required
      />
    </>
  );
}
