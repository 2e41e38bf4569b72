import { useTranslation } from 'react-i18next';
import type { GroupSize, GroupSizePage } from '../../../contract/deskundigheid-people';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { SelectField, TextField, typedWhole } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useAddForm } from '../../ui/form-send';
import { formatDay, today } from '../../ui/format';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { API, deskundigheidKey, mayDo, useLookups } from './deskundigheid-api';

const SIZES_PATH = `${API}/groepsgroottes`;

interface SizeDraft {
  readonly organisationId: string;
  readonly targetGroupId: string;
  readonly people: string;
  readonly asOf: string;
}

/**
 * The organisations that report how many people they have per target group instead of naming them: the
 * counts, and for the coordinator the form to set one (the latest count replaces the previous).
 */
export function GroupSizesSection() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const list = useCursorPages<GroupSizePage, GroupSize>({
    key: ['deskundigheid', 'groepsgroottes'],
    path: SIZES_PATH,
    query: 'limit=50',
    items: (p) => p.groupSizes,
  });
  return (
    <Section id="groepsgroottes" title={t('deskundigheid.sizes.title')}>
      <PagedList
        list={list}
        texts={{
          none: t('deskundigheid.sizes.none'),
          shown: (count) => t('deskundigheid.sizes.shown', { count }),
          loadMore: t('deskundigheid.loadMore'),
          loadingMore: t('deskundigheid.loadingMore'),
        }}
      >
        {(sizes) => (
          <Table
            labelledBy="groepsgroottes"
            head={
              <Tr>
                <Th>{t('deskundigheid.person.organisation')}</Th>
                <Th>{t('deskundigheid.person.targetGroup')}</Th>
                <Th>{t('deskundigheid.sizes.people')}</Th>
                <Th>{t('deskundigheid.sizes.asOf')}</Th>
              </Tr>
            }
          >
            {sizes.map((s) => (
              <Tr key={`${s.organisation.id}:${s.targetGroup.id}`}>
                <Td>{s.organisation.name}</Td>
                <Td>{s.targetGroup.name}</Td>
                <Td>{s.people}</Td>
                <Td>{formatDay(s.asOf)}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
      {mayDo('deskundigheid.peopleManage', user.role) ? <GroupSizeForm /> : null}
    </Section>
  );
}

function GroupSizeForm() {
  const { t } = useTranslation();
  const lookups = useLookups();
  const form = useAddForm({
    empty: { organisationId: '', targetGroupId: '', people: '', asOf: today() } as SizeDraft,
    send: (d: SizeDraft) =>
      apiSend<undefined>('PUT', SIZES_PATH, {
        organisationId: d.organisationId,
        targetGroupId: d.targetGroupId,
        people: typedWhole(d.people, 6),
        asOf: d.asOf,
      }),
    confirm: () => true,
    queryKey: deskundigheidKey,
  });
  const partners = (lookups.data?.organisations ?? []).filter((o) => o.side === 'partner');
  const groups = (lookups.data?.targetGroups ?? []).filter((g) => g.side === 'partner');
  return (
    <FormFrame
      title={t('deskundigheid.sizes.formTitle')}
      labelledBy="groepsgrootte-vastleggen"
      done={form.added ? t('deskundigheid.sizes.saved') : null}
      error={form.add.error}
      busy={form.add.isPending}
      onSubmit={form.submit}
      fields={[
        { field: 'organisationId', id: 'size-organisation', label: t('deskundigheid.person.organisation') },
        { field: 'targetGroupId', id: 'size-group', label: t('deskundigheid.person.targetGroup') },
        { field: 'people', id: 'size-people', label: t('deskundigheid.sizes.people') },
        { field: 'asOf', id: 'size-as-of', label: t('deskundigheid.sizes.asOf') },
      ]}
      submitLabel={t('deskundigheid.sizes.save')}
    >
      <SelectField
        id="size-organisation"
        label={t('deskundigheid.person.organisation')}
        placeholder={t('deskundigheid.choose')}
        value={form.draft.organisationId}
        onValueChange={(organisationId) => form.set({ organisationId })}
        options={partners.map((o) => ({ value: o.id, label: o.name }))}
        error={form.fieldError('organisationId')}
      />
      <SelectField
        id="size-group"
        label={t('deskundigheid.person.targetGroup')}
        placeholder={t('deskundigheid.choose')}
        value={form.draft.targetGroupId}
        onValueChange={(targetGroupId) => form.set({ targetGroupId })}
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
        error={form.fieldError('targetGroupId')}
      />
      <TextField
        id="size-people"
        label={t('deskundigheid.sizes.people')}
        inputMode="numeric"
        value={form.draft.people}
        onValueChange={(people) => form.set({ people })}
        error={form.fieldError('people')}
        maxLength={6}
        autoComplete="off"
      />
      <TextField
        id="size-as-of"
        label={t('deskundigheid.sizes.asOf')}
        type="date"
        value={form.draft.asOf}
        onValueChange={(asOf) => form.set({ asOf })}
        error={form.fieldError('asOf')}
      />
    </FormFrame>
  );
}
