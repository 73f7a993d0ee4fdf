/** Enrols a participant: a member of staff found by name, or an external person (name, organisation, sex). */
import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { SEXES, type Sex } from '../../../reference';
import { useTrainingFormat } from '../trainingFormat';
import { useEnrol } from './sessionActions';
import { staffSearchQuery } from './sessionsApi';

function StaffPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const staff = useQuery(staffSearchQuery(q));
  return (
    <Select
      label={t('training.enrol.staff')}
      description={t('training.enrol.staffHint')}
      searchable
      data-autofocus
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the words; the list shows what it found.
      filter={({ options }) => options}
      data={(staff.data ?? []).map((user) => ({
        value: user.id,
        label: `${user.displayName} · ${user.organisationName}`,
      }))}
      value={value}
      onChange={onChange}
      nothingFoundMessage={q.trim().length >= 2 ? t('training.enrol.noStaff') : t('training.enrol.typeMore')}
      error={error}
    />
  );
}

/** The dialog. */
export function EnrolDialog({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const enrol = useEnrol(sessionId);
  const [kind, setKind] = useState<'external' | 'staff'>('external');
  const [userId, setUserId] = useState<string | null>(null);
  const [external, setExternal] = useState<{ name: string; organisationName: string; sex: Sex }>({
    name: '',
    organisationName: '',
    sex: 'U',
  });
  const errors = fieldErrors(enrol.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body =
      kind === 'staff'
        ? { userId: userId ?? '' }
        : { ...external, name: external.name.trim(), organisationName: external.organisationName.trim() };
    enrol.mutate(body, {
      onSuccess: (participant) => {
        notifySuccess(t('training.enrol.done', { name: participant.name }));
        onClose();
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('training.enrol.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('training.enrol.who')}
            data={[
              { value: 'external', label: t('training.enrol.external') },
              { value: 'staff', label: t('training.enrol.staff') },
            ]}
            value={kind}
            onChange={(value) => setKind(value === 'staff' ? 'staff' : 'external')}
          />
          {kind === 'staff' ? (
            <StaffPicker value={userId} onChange={setUserId} error={errors.userId} />
          ) : (
            <>
              <TextInput
                label={t('training.fields.name')}
                required
                data-autofocus
                value={external.name}
                onChange={(event) => setExternal({ ...external, name: event.currentTarget.value })}
                error={errors.name}
              />
              <TextInput
                label={t('training.fields.organisation')}
                required
                value={external.organisationName}
                onChange={(event) =>
                  setExternal({ ...external, organisationName: event.currentTarget.value })
                }
                error={errors.organisationName}
              />
              <Select
                label={t('training.fields.sex')}
                data={SEXES.map((sex) => ({ value: sex, label: format.sex(sex) }))}
                value={external.sex}
                onChange={(value) =>
                  setExternal({ ...external, sex: SEXES.find((sex) => sex === value) ?? 'U' })
                }
                allowDeselect={false}
                error={errors.sex}
              />
            </>
          )}
          <ErrorAlert error={enrol.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={enrol.isPending}>
              {t('training.enrol.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
