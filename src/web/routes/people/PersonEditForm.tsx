/** Changing a person: sends the version that was read; a conflict asks to reload. */
import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors, hasStatus } from '../../api';
import { notifySuccess } from '../../components/notify';
import { LEGAL_STATUSES, SEXES, type Person } from './peopleApi';

/** A modal form over the person's own fields. */
export function PersonEditForm({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [surname, setSurname] = useState(person.surname);
  const [givenNames, setGivenNames] = useState(person.givenNames);
  const [originalName, setOriginalName] = useState(person.originalName ?? '');
  const [sex, setSex] = useState<string | null>(person.sex);
  const [dateOfBirth, setDateOfBirth] = useState(person.dateOfBirth ?? '');
  const [estimated, setEstimated] = useState(person.dateOfBirthEstimated);
  const [placeOfBirth, setPlaceOfBirth] = useState(person.placeOfBirth ?? '');
  const [nationalities, setNationalities] = useState(person.nationalities);
  const [languages, setLanguages] = useState(person.languages);
  const [legalStatus, setLegalStatus] = useState<string | null>(person.legalStatus);
  const save = useMutation({
    mutationFn: () =>
      api.patch<Person>(`/api/people/${person.id}`, {
        version: person.version,
        surname,
        givenNames,
        originalName: originalName.trim() || null,
        sex,
        dateOfBirth: dateOfBirth.trim() || null,
        dateOfBirthEstimated: estimated,
        placeOfBirth: placeOfBirth.trim() || null,
        nationalities: nationalities.map((n) => n.toUpperCase()),
        languages: languages.map((l) => l.toLowerCase()),
        legalStatus,
      }),
    meta: { silent: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people', 'person', person.id] });
      notifySuccess(t('people.edit.saved'));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const conflict = hasStatus(save.error, 409);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['people', 'person', person.id] });
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('people.edit.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {conflict && (
            <Alert color="red" title={t('people.edit.conflictTitle')}>
              <Stack gap="xs" align="flex-start">
                {t('people.edit.conflict')}
                <Button size="xs" variant="white" onClick={() => void reload()}>
                  {t('people.edit.reload')}
                </Button>
              </Stack>
            </Alert>
          )}
          {save.error && !conflict && Object.keys(errors).length === 0 && (
            <Alert color="red">{save.error.message}</Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('people.fields.surname')} dir="auto" value={surname} onChange={(e) => setSurname(e.currentTarget.value)} error={errors.surname} />
            <TextInput label={t('people.fields.givenNames')} dir="auto" value={givenNames} onChange={(e) => setGivenNames(e.currentTarget.value)} error={errors.givenNames} />
            <TextInput label={t('people.fields.originalName')} dir="auto" value={originalName} onChange={(e) => setOriginalName(e.currentTarget.value)} error={errors.originalName} />
            <Select
              label={t('people.fields.sex')}
              data={SEXES.map((value) => ({ value, label: t(`people.sexes.${value}`) }))}
              value={sex}
              onChange={setSex}
              allowDeselect={false}
            />
            <TextInput
              label={t('people.fields.dateOfBirth')}
              description={t('people.fields.dateOfBirthHint')}
              dir="ltr"
              value={dateOfBirth}
              onChange={(e) => setDateOfBirth(e.currentTarget.value)}
              error={errors.dateOfBirth}
            />
            <Checkbox mt="xl" label={t('people.estimated')} checked={estimated} onChange={(e) => setEstimated(e.currentTarget.checked)} />
            <TextInput label={t('people.fields.placeOfBirth')} dir="auto" value={placeOfBirth} onChange={(e) => setPlaceOfBirth(e.currentTarget.value)} />
            <Select
              label={t('people.fields.legalStatus')}
              data={LEGAL_STATUSES.map((value) => ({ value, label: t(`people.legalStatuses.${value}`) }))}
              value={legalStatus}
              onChange={setLegalStatus}
              clearable
            />
            <TagsInput
              label={t('people.fields.nationalities')}
              description={t('people.fields.nationalityHint')}
              dir="ltr"
              value={nationalities}
              onChange={setNationalities}
              error={errors.nationalities}
            />
            <TagsInput
              label={t('people.fields.languages')}
              description={t('people.fields.languagesHint')}
              dir="ltr"
              value={languages}
              onChange={setLanguages}
              error={errors.languages}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
