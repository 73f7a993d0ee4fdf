/** The dialog that plans a session: course, title, dates, a site or an external place, trainers, capacity, prerequisite. */
import { Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { RepeatableRows } from '../../../components/RepeatableRows';
import { coursesQuery } from '../courses/coursesApi';
import { modulesQuery } from '../elearning/elearningApi';
import { trainingSitesQuery, useCreateSession, type SessionSummary } from './sessionsApi';

const MAX_TRAINERS = 10;

interface Draft {
  courseId: string | null;
  title: string;
  startDate: string;
  endDate: string;
  placeKind: 'site' | 'external';
  siteId: string | null;
  externalPlace: string;
  trainers: string[];
  capacity: number;
  prerequisiteModuleId: string | null;
}

/** The dialog; `onCreated` gets the new session. */
export function SessionForm({
  courseId,
  onClose,
  onCreated,
}: {
  courseId?: string;
  onClose: () => void;
  onCreated: (session: SessionSummary) => void;
}) {
  const { t } = useTranslation();
  const courses = useQuery(coursesQuery);
  const modules = useQuery(modulesQuery);
  const sites = useQuery(trainingSitesQuery);
  const create = useCreateSession();
  const [draft, setDraft] = useState<Draft>({
    courseId: courseId ?? null,
    title: '',
    startDate: '',
    endDate: '',
    placeKind: 'external',
    siteId: null,
    externalPlace: '',
    trainers: [''],
    capacity: 20,
    prerequisiteModuleId: null,
  });
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const atSite = draft.placeKind === 'site';
    create.mutate(
      {
        courseId: draft.courseId ?? '',
        title: draft.title.trim(),
        startDate: draft.startDate,
        endDate: draft.endDate || draft.startDate,
        siteId: atSite ? (draft.siteId ?? undefined) : undefined,
        externalPlace: atSite ? undefined : draft.externalPlace.trim() || undefined,
        trainers: draft.trainers.map((name) => name.trim()).filter(Boolean),
        capacity: draft.capacity,
        prerequisiteModuleId: draft.prerequisiteModuleId ?? undefined,
      },
      {
        onSuccess: (session) => {
          notifySuccess(t('training.sessions.created', { title: session.title }));
          onCreated(session);
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={t('training.sessions.new')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('training.fields.course')}
            required
            searchable
            data-autofocus
            data={(courses.data ?? [])
              .filter((course) => course.active || course.id === draft.courseId)
              .map((course) => ({ value: course.id, label: course.title }))}
            value={draft.courseId}
            onChange={(value) => set({ courseId: value })}
            error={errors.courseId}
          />
          <TextInput
            label={t('training.fields.title')}
            required
            value={draft.title}
            onChange={(event) => set({ title: event.currentTarget.value })}
            error={errors.title}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              dir="ltr"
              label={t('training.fields.startDate')}
              required
              value={draft.startDate}
              onChange={(event) => set({ startDate: event.currentTarget.value })}
              error={errors.startDate}
            />
            <TextInput
              type="date"
              dir="ltr"
              label={t('training.fields.endDate')}
              required
              min={draft.startDate || undefined}
              value={draft.endDate}
              onChange={(event) => set({ endDate: event.currentTarget.value })}
              error={errors.endDate}
            />
          </Group>
          <Stack gap={4}>
            <SegmentedControl
              aria-label={t('training.sessions.placeKind')}
              data={[
                { value: 'external', label: t('training.sessions.externalPlace') },
                { value: 'site', label: t('training.sessions.atSite'), disabled: !sites.data?.length },
              ]}
              value={draft.placeKind}
              onChange={(value) => set({ placeKind: value === 'site' ? 'site' : 'external' })}
            />
            {draft.placeKind === 'site' ? (
              <Select
                label={t('training.fields.site')}
                searchable
                data={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
                value={draft.siteId}
                onChange={(value) => set({ siteId: value })}
                error={errors.siteId}
              />
            ) : (
              <TextInput
                label={t('training.fields.place')}
                description={t('training.sessions.externalPlaceHint')}
                value={draft.externalPlace}
                onChange={(event) => set({ externalPlace: event.currentTarget.value })}
                error={errors.externalPlace}
              />
            )}
          </Stack>
          <RepeatableRows
            legend={t('training.fields.trainers')}
            rows={draft.trainers}
            onChange={(trainers) => set({ trainers })}
            newRow={() => ''}
            addLabel={t('training.sessions.addTrainer')}
            rowLabel={(n) => t('training.sessions.trainerN', { n })}
            emptyText={t('training.sessions.noTrainers')}
            max={MAX_TRAINERS}
            error={errors.trainers}
            renderRow={(name, _update, index, focus) => (
              <TextInput
                label={t('training.sessions.trainerN', { n: index + 1 })}
                value={name}
                autoFocus={focus}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  set({ trainers: draft.trainers.map((n, i) => (i === index ? text : n)) });
                }}
                style={{ flex: '1 1 16rem' }}
              />
            )}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('training.fields.capacity')}
              required
              min={1}
              max={1000}
              allowDecimal={false}
              value={draft.capacity}
              onChange={(value) => set({ capacity: typeof value === 'number' ? value : Number(value) || 0 })}
              error={errors.capacity}
            />
            <Select
              label={t('training.fields.prerequisite')}
              description={t('training.sessions.prerequisiteHint')}
              placeholder={t('training.sessions.noPrerequisite')}
              clearable
              data={(modules.data ?? []).map((module) => ({ value: module.id, label: module.title }))}
              value={draft.prerequisiteModuleId}
              onChange={(value) => set({ prerequisiteModuleId: value })}
              error={errors.prerequisiteModuleId}
            />
          </Group>
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('training.sessions.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
