/** Adds or changes an interpreter: name, languages, organisation, contact, ways of working, active. */
import { Checkbox, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { FormActions } from '../../components/FormActions';
import { notifySuccess } from '../../components/notify';
import {
  MODALITIES,
  useSaveInterpreter,
  type InterpreterBody,
  type InterpreterDetail,
  type Modality,
} from './interpretersApi';
import { LanguagesMultiSelect } from './languages';

/** The dialog; `interpreter` given: edit it, else add one. */
export function InterpreterForm({
  interpreter,
  onClose,
  onSaved,
}: {
  interpreter?: InterpreterDetail;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveInterpreter(interpreter?.id);
  const [body, setBody] = useState<InterpreterBody>({
    name: interpreter?.name ?? '',
    languages: interpreter?.languages.map((l) => l.code) ?? [],
    organisation: interpreter?.organisation ?? '',
    phone: interpreter?.phone ?? null,
    email: interpreter?.email ?? null,
    modalities: interpreter?.modalities ?? ['in-person'],
    timeZone: interpreter?.timeZone ?? 'Europe/Bucharest',
    active: interpreter?.active ?? true,
  });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<InterpreterBody>) => setBody((b) => ({ ...b, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess(t('interpreters.pool.saved'));
        onSaved?.(saved.id);
        onClose();
      },
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={interpreter ? interpreter.name : t('interpreters.pool.new')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('interpreters.fields.name')}
            required
            data-autofocus
            value={body.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
          />
          <LanguagesMultiSelect
            label={t('interpreters.fields.languages')}
            value={body.languages}
            onChange={(languages) => set({ languages })}
            known={interpreter?.languages}
            error={errors.languages}
          />
          <TextInput
            label={t('interpreters.fields.organisation')}
            value={body.organisation}
            onChange={(e) => set({ organisation: e.currentTarget.value })}
            error={errors.organisation}
          />
          <Group grow>
            <TextInput
              label={t('interpreters.fields.phone')}
              dir="ltr"
              value={body.phone ?? ''}
              onChange={(e) => set({ phone: e.currentTarget.value || null })}
              error={errors.phone}
            />
            <TextInput
              label={t('interpreters.fields.email')}
              dir="ltr"
              type="email"
              value={body.email ?? ''}
              onChange={(e) => set({ email: e.currentTarget.value || null })}
              error={errors.email}
            />
          </Group>
          <Checkbox.Group
            label={t('interpreters.fields.modalities')}
            required
            value={body.modalities}
            onChange={(value) => set({ modalities: value as Modality[] })}
            error={errors.modalities}
          >
            <Group mt={4}>
              {MODALITIES.map((m) => (
                <Checkbox key={m} value={m} label={t(`interpreters.modality.${m}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group grow align="flex-end">
            <TextInput
              label={t('interpreters.fields.timeZone')}
              dir="ltr"
              value={body.timeZone}
              onChange={(e) => set({ timeZone: e.currentTarget.value })}
              error={errors.timeZone}
            />
            <Switch
              label={t('interpreters.fields.active')}
              checked={body.active}
              onChange={(e) => set({ active: e.currentTarget.checked })}
            />
          </Group>
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
