import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, LinkResult, Subject } from '../../../contract/meldingen';
import { apiSend } from '../../api';
import { DoneAlert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { suggestionsKey, useSuggestions } from './meldingen-api';
import { ConflictNotice, type SignalWork } from './signal-work';

type LinkAction = 'bevestigen' | 'afwijzen' | 'nieuwe_persoon' | 'ontkoppelen';

interface LinkCommand {
  readonly subjectId: string;
  readonly action: LinkAction;
  readonly personId?: string;
}

const DONE = {
  bevestigen: 'linked',
  afwijzen: 'rejected',
  nieuwe_persoon: 'created',
  ontkoppelen: 'unlinked',
} as const;

/** How a person is called on this page: the name given, or their number. */
function mentionName(subject: Subject, number: number, t: TFunction): string {
  return subject.name ?? t('meldpunt.persons.unnamed', { number });
}

/**
 * The persons named in the signal. For each one the officer sees existing persons with similar details
 * (with which details are similar, never a score), and decides: link ("Koppelen"), not the same person,
 * or a new person. The system suggests; people decide.
 */
export function PersonsSection({ work }: { readonly work: SignalWork }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { signal, baseVersion } = work;
  const mayLink = signal.view === 'full' && signal.mayWork;
  const suggestions = useSuggestions(signal.id, mayLink && signal.persons.length > 0);
  const [done, setDone] = useState<(typeof DONE)[LinkAction] | null>(null);

  const link = useMutation({
    mutationFn: (c: LinkCommand) =>
      apiSend<LinkResult>(
        'POST',
        `/api/meldingen/${encodeURIComponent(signal.id)}/betrokkenen/${encodeURIComponent(c.subjectId)}/koppeling`,
        { version: baseVersion, action: c.action, personId: c.personId },
      ),
    onSuccess: async (result, c) => {
      await Promise.all([
        work.changed(result.version),
        queryClient.invalidateQueries({ queryKey: suggestionsKey(signal.id) }),
      ]);
      setDone(DONE[c.action]);
    },
    onError: (error) => work.failed(error),
  });
  const act = (c: LinkCommand) => {
    if (link.isPending) return;
    setDone(null);
    link.mutate(c);
  };
  const busy = (c: LinkCommand) =>
    link.isPending &&
    link.variables?.subjectId === c.subjectId &&
    link.variables.action === c.action &&
    link.variables.personId === c.personId;

  return (
    <section aria-labelledby="signal-persons" className="duiden-section">
      <Heading level={2} id="signal-persons">
        {t('meldpunt.persons.title')}
      </Heading>
      {signal.persons.length === 0 ? <Paragraph>{t('meldpunt.persons.none')}</Paragraph> : null}
      {done ? <DoneAlert>{t(`meldpunt.persons.${done}`)}</DoneAlert> : null}
      <ErrorSummary error={link.error} fields={[]} />
      <ConflictNotice error={link.error} />
      {mayLink && signal.persons.length > 0 ? (
        <Paragraph>{t('meldpunt.persons.suggestionsIntro')}</Paragraph>
      ) : null}
      {signal.persons.map((p, i) => {
        const number = i + 1;
        const name = mentionName(p, number, t);
        const candidates = suggestions.data?.subjects.find((s) => s.subjectId === p.id)?.candidates ?? [];
        const headingId = `signal-person-${p.id}`;
        return (
          <article key={p.id} className="duiden-block" aria-labelledby={headingId}>
            <Heading level={3} id={headingId}>
              {t('meldpunt.persons.heading', { number, name })}
            </Heading>
            <SubjectDetails subject={p} />
            {p.link ? (
              <>
                <Paragraph>
                  {t('meldpunt.persons.linkedTo')}{' '}
                  <AppLink to={`/personen/${p.link.personId}`}>{p.link.personName}</AppLink>
                  {p.link.linkedByName && p.link.linkedAt
                    ? ` (${t('meldpunt.persons.linkedBy', { name: p.link.linkedByName, date: formatDateTime(p.link.linkedAt) })})`
                    : null}
                </Paragraph>
                {mayLink ? (
                  <ButtonGroup>
                    <Button
                      busy={busy({ subjectId: p.id, action: 'ontkoppelen' })}
                      aria-label={t('meldpunt.persons.unlinkLabel', {
                        mention: name,
                        person: p.link.personName,
                      })}
                      onClick={() => act({ subjectId: p.id, action: 'ontkoppelen' })}
                    >
                      {t('meldpunt.persons.unlink')}
                    </Button>
                  </ButtonGroup>
                ) : null}
              </>
            ) : mayLink ? (
              <>
                <Heading level={4}>{t('meldpunt.persons.suggestionsTitle')}</Heading>
                {suggestions.isPending ? <Loading /> : null}
                {suggestions.error ? <LoadError error={suggestions.error} /> : null}
                {suggestions.data && candidates.length === 0 ? (
                  <Paragraph>{t('meldpunt.persons.noSuggestions')}</Paragraph>
                ) : null}
                {candidates.length > 0 ? (
                  <ul className="duiden-plain-list">
                    {candidates.map((c) => (
                      <CandidateItem
                        key={c.id}
                        candidate={c}
                        mention={name}
                        busy={(action) => busy({ subjectId: p.id, action, personId: c.id })}
                        onDecide={(action) => act({ subjectId: p.id, action, personId: c.id })}
                      />
                    ))}
                  </ul>
                ) : null}
                <ButtonGroup>
                  <Button
                    busy={busy({ subjectId: p.id, action: 'nieuwe_persoon' })}
                    aria-label={t('meldpunt.persons.newPersonLabel', { mention: name })}
                    onClick={() => act({ subjectId: p.id, action: 'nieuwe_persoon' })}
                  >
                    {t('meldpunt.persons.newPerson')}
                  </Button>
                </ButtonGroup>
              </>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}

/** When and where a person (as named in the signal, or as known) was born, lives, learns or works. */
function placeRows(
  p: Pick<Subject, 'birthDate' | 'neighbourhood' | 'address' | 'schoolOrWork'>,
  t: TFunction,
): Array<{ key: string; label: string; value: string }> {
  const none = t('common.none');
  return [
    {
      key: 'birthDate',
      label: t('meldpunt.form.personBirthDate'),
      value: p.birthDate ? formatDay(p.birthDate) : none,
    },
    { key: 'neighbourhood', label: t('meldpunt.form.personNeighbourhood'), value: p.neighbourhood ?? none },
    { key: 'address', label: t('meldpunt.form.personAddress'), value: p.address ?? none },
    { key: 'schoolOrWork', label: t('meldpunt.form.personSchoolOrWork'), value: p.schoolOrWork ?? none },
  ];
}

function SubjectDetails({ subject: p }: { readonly subject: Subject }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <DataList
      items={[
        { key: 'name', label: t('meldpunt.form.personName'), value: p.name ?? none },
        { key: 'age', label: t('meldpunt.form.personAge'), value: p.age ?? none },
        ...placeRows(p, t),
        {
          key: 'relation',
          label: t('meldpunt.persons.relation'),
          value: p.relation
            ? [t(`meldpunt.relations.${p.relation}`), p.relationDetail].filter(Boolean).join(': ')
            : none,
        },
      ]}
    />
  );
}

/** A known person whose details are similar: which details, and the two decisions. No score, no order by likeness. */
function CandidateItem({
  candidate: c,
  mention,
  busy,
  onDecide,
}: {
  readonly candidate: Candidate;
  readonly mention: string;
  readonly busy: (action: 'bevestigen' | 'afwijzen') => boolean;
  readonly onDecide: (action: 'bevestigen' | 'afwijzen') => void;
}) {
  const { t } = useTranslation();
  const _none = t('common.none');
  return (
    <li className="duiden-candidate">
      <Paragraph>
        <AppLink to={`/personen/${c.id}`}>{c.displayName}</AppLink>
        {' – '}
        {t('meldpunt.persons.matchedOn', {
          fields: c.matchedOn.map((m) => t(`meldpunt.matchedOn.${m}`)).join(', '),
        })}
      </Paragraph>
      <DataList items={placeRows(c, t)} />
      <ButtonGroup>
        <Button
          appearance="primary-action"
          busy={busy('bevestigen')}
          aria-label={t('meldpunt.persons.linkLabel', { mention, person: c.displayName })}
          onClick={() => onDecide('bevestigen')}
        >
          {t('meldpunt.persons.link')}
        </Button>
        <Button
          busy={busy('afwijzen')}
          aria-label={t('meldpunt.persons.rejectLabel', { mention, person: c.displayName })}
          onClick={() => onDecide('afwijzen')}
        >
          {t('meldpunt.persons.reject')}
        </Button>
      </ButtonGroup>
    </li>
  );
}
