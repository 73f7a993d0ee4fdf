/** The case type's fields: read as a grid, edited in a dialog (the server checks every value). */
import { Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { Fact } from '../../documents/DocumentFacts';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import type { CaseDetail, TypeDefinition } from '../casesApi';
import { COMPUTED_FIELDS, FieldInput, useFieldText } from './FieldInput';

function DetailsDialog({ detail, definition, onClose }: { detail: CaseDetail; definition: TypeDefinition; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useCaseWrite<object>(detail.id, 'PATCH', `/${detail.id}`);
  const editable = definition.fields.filter((f) => !COMPUTED_FIELDS.has(f.name) && !(f.kind === 'multipicklist' && !f.values));
  const [data, setData] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(editable.map((f) => [f.name, detail.data?.[f.name] ?? null])),
  );
  const errors = fieldErrorsByPath(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only what changed is sent; null clears a field.
    const changed = Object.fromEntries(
      Object.entries(data).filter(([name, value]) => JSON.stringify(value) !== JSON.stringify(detail.data?.[name] ?? null)),
    );
    save.mutate(
      { version: detail.version, data: changed },
      {
        onSuccess: () => {
          notifySuccess(t('cases.details.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.details.edit')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {editable.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={data[field.name]}
              onChange={(value) => setData((current) => ({ ...current, [field.name]: value }))}
              error={errors[`data.${field.name}`]}
            />
          ))}
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The details tab. */
export function DetailsPanel({ detail, definition }: { detail: CaseDetail; definition: TypeDefinition }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const text = useFieldText();
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        {definition.fields.map((field) => (
          <Fact key={field.name} label={labels.field(field.name)}>
            <span dir="auto">{text(field, detail.data?.[field.name])}</span>
          </Fact>
        ))}
      </SimpleGrid>
      {detail.can.edit && (
        <Group>
          <Button onClick={() => setEditing(true)}>{t('cases.details.edit')}</Button>
        </Group>
      )}
      {editing && <DetailsDialog detail={detail} definition={definition} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
