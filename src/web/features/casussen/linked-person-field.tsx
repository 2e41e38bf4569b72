import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../contract/meldingen';
import { apiGet, queryString } from '../../api';
import { Button, ButtonGroup } from '../../ui/button';
import { Fieldset, SelectField, TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { useFieldErrors } from '../../ui/problem';

interface Chosen {
  readonly id: string;
  readonly label: string;
}

/**
 * Linking a person of the network to the person's own record at the meldpunt: the officer looks the
 * person up by name or by the number of a signal or case (the meldpunt's own search, a short list in name
 * order, each look-up in the access log) and picks one, rather than typing an id. The person linked before
 * stays among the choices, and "Geen koppeling" undoes the link.
 */
export function LinkedPersonField({
  id,
  label,
  value,
  onValueChange,
  error,
  current,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly error?: string | undefined;
  /** The person linked when the form opened. */
  readonly current: { readonly id: string; readonly name: string } | null;
}) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [searched, setSearched] = useState('');
  const [chosen, setChosen] = useState<Chosen | null>(
    current ? { id: current.id, label: current.name } : null,
  );
  const search = useQuery({
    queryKey: ['person-search', searched],
    queryFn: () => apiGet<Candidate[]>(`/api/personen${queryString({ naam: searched })}`),
    enabled: searched !== '',
  });
  const searchError = useFieldErrors(search.error)('naam');
  const found = (search.data ?? []).map((p) => ({ id: p.id, label: personLabel(p, t) }));
  const options = [...(chosen && !found.some((p) => p.id === chosen.id) ? [chosen] : []), ...found];

  const find = () => setSearched(term.trim());
  const findOnEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter looks the person up; it does not save the form around it.
    if (e.key !== 'Enter') return;
    e.preventDefault();
    find();
  };
  const pick = (personId: string) => {
    setChosen(options.find((p) => p.id === personId) ?? null);
    onValueChange(personId);
  };

  return (
    <Fieldset legend={t('casus.network.linkedPersonLegend')} className="duiden-block">
      <TextField
        id={`${id}-search`}
        type="search"
        label={t('casus.network.linkedPersonSearch')}
        description={t('casus.network.linkedPersonSearchDescription')}
        value={term}
        onValueChange={setTerm}
        onKeyDown={findOnEnter}
        error={searchError}
        autoComplete="off"
        maxLength={200}
      />
      <ButtonGroup>
        <Button onClick={find} busy={search.isFetching}>
          {t('casus.network.linkedPersonFind')}
        </Button>
      </ButtonGroup>
      <p className="utrecht-paragraph" role="status">
        {searched !== '' && search.data
          ? found.length === 0
            ? t('casus.network.linkedPersonNoneFound', { name: searched })
            : t('casus.network.linkedPersonFound', { count: found.length })
          : null}
      </p>
      <SelectField
        id={id}
        label={label}
        description={t('casus.network.linkedPersonDescription')}
        optional
        value={value}
        onValueChange={pick}
        error={error}
        placeholder={t('casus.network.linkedPersonNone')}
        options={options.map((p) => ({ value: p.id, label: p.label }))}
      />
    </Fieldset>
  );
}

/** A person as the officer tells them apart: the name, the birth date and the neighbourhood when known. */
function personLabel(p: Candidate, t: TFunction): string {
  const details = [
    p.birthDate ? t('casus.network.linkedPersonBorn', { date: formatDay(p.birthDate) }) : null,
    p.neighbourhood,
  ].filter(Boolean);
  return details.length > 0 ? `${p.displayName} (${details.join(', ')})` : p.displayName;
}
