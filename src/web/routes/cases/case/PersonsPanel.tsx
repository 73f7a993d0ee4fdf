/** The persons of a case: name (a link to the registry), number, role, relation; add one, remove one. */
import { Anchor, Badge, Button, Group, Modal, Select, Stack, Table, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { Ltr } from '../../../components/Ltr';
import { notifyError } from '../../../components/notify';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import { casePersonName, type CaseDetail, type CaseTypes } from '../casesApi';
import { PersonPicker } from '../common/PersonPicker';

function AddPersonDialog({ detail, types, onClose }: { detail: CaseDetail; types: CaseTypes; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const add = useCaseWrite<object>(detail.id, 'POST', `/${detail.id}/persons`);
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>('family-member');
  const [relation, setRelation] = useState('');
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ personId: personId ?? '', role: role ?? 'other', relation: relation.trim() || undefined }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.persons.add')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PersonPicker value={personId} onChange={setPersonId} required error={errors.personId} />
          <Select
            label={t('cases.persons.role')}
            required
            data={types.personRoles.map((r) => ({ value: r, label: labels.of('roles', r) }))}
            value={role}
            onChange={setRole}
            error={errors.role}
          />
          <TextInput
            label={t('cases.persons.relation')}
            value={relation}
            onChange={(event) => setRelation(event.currentTarget.value)}
            error={errors.relation}
          />
          <FormActions error={add.error} pending={add.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The persons tab. */
export function PersonsPanel({ detail, types }: { detail: CaseDetail; types: CaseTypes }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const [adding, setAdding] = useState(false);
  const remove = useCaseWrite<{ personId: string }>(detail.id, 'DELETE', ({ personId }) => `/${detail.id}/persons/${personId}`);
  const persons = detail.persons ?? [];
  return (
    <Stack gap="md">
      <Table striped withTableBorder aria-label={t('cases.sections.persons')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.persons.name')}</Table.Th>
            <Table.Th>{t('cases.persons.number')}</Table.Th>
            <Table.Th>{t('cases.persons.role')}</Table.Th>
            <Table.Th>{t('cases.persons.relation')}</Table.Th>
            {detail.can.addPerson && persons.length > 1 && <Table.Th>{t('cases.referrals.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {persons.map((p) => (
            <Table.Tr key={p.personId}>
              <Table.Th scope="row" fw="normal">
                {p.person ? (
                  <Anchor renderRoot={(props) => <Link {...props} to="/people/$id" params={{ id: p.personId }} />}>
                    <span dir="auto">{casePersonName(p)}</span>
                  </Anchor>
                ) : (
                  t('cases.persons.hidden')
                )}
                {p.person?.minor && (
                  <Badge ms="xs" color="orange" variant="light">
                    {t('cases.persons.minor')}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                <Ltr mono>{p.person?.registrationNumber ?? '—'}</Ltr>
              </Table.Td>
              <Table.Td>{labels.of('roles', p.role)}</Table.Td>
              <Table.Td>
                <span dir="auto">{p.relation ?? '—'}</span>
              </Table.Td>
              {detail.can.addPerson && persons.length > 1 && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    loading={remove.isPending}
                    onClick={() => remove.mutate({ personId: p.personId }, { onError: notifyError })}
                  >
                    {t('cases.persons.remove')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {detail.can.addPerson && (
        <Group>
          <Button onClick={() => setAdding(true)}>{t('cases.persons.add')}</Button>
        </Group>
      )}
      {adding && <AddPersonDialog detail={detail} types={types} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
