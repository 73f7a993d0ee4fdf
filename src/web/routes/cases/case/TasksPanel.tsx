/** The tasks of a case: due dates (overdue marked), done or cancelled; add a task with its reminder. */
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifyError } from '../../../components/notify';
import { useCaseWrite } from '../caseActions';
import type { CaseDetail, Task } from '../casesApi';
import { TasksTable } from '../common/TasksTable';

/** A day's end in the browser's time: a task due on a day is due by its evening. */
function endOfDay(day: string): string {
  return new Date(`${day}T23:59:00`).toISOString();
}

function AddTaskDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCaseWrite<object>(detail.id, 'POST', `/${detail.id}/tasks`);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [remind, setRemind] = useState('');
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        title: title.trim(),
        dueAt: due ? endOfDay(due) : '',
        remindAt: remind ? new Date(`${remind}T08:00:00`).toISOString() : undefined,
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.tasks.add')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('cases.tasks.task')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} data-autofocus />
          <TextInput type="date" dir="ltr" label={t('cases.tasks.due')} required value={due} onChange={(e) => setDue(e.currentTarget.value)} error={errors.dueAt} />
          <TextInput type="date" dir="ltr" label={t('cases.tasks.remind')} value={remind} onChange={(e) => setRemind(e.currentTarget.value)} error={errors.remindAt} />
          <FormActions error={add.error} pending={add.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function TaskSteps({ detail, task }: { detail: CaseDetail; task: Task }) {
  const { t } = useTranslation();
  const update = useCaseWrite<{ status: string }>(detail.id, 'PATCH', `/tasks/${task.id}`);
  if (task.status !== 'open' || !detail.can.addTask) {
    return null;
  }
  return (
    <Group gap="xs">
      <Button size="xs" loading={update.isPending} onClick={() => update.mutate({ status: 'done' }, { onError: notifyError })}>
        {t('cases.tasks.markDone')}
      </Button>
      <Button size="xs" variant="default" onClick={() => update.mutate({ status: 'cancelled' }, { onError: notifyError })}>
        {t('cases.tasks.cancel')}
      </Button>
    </Group>
  );
}

/** The tasks tab. */
export function TasksPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const tasks = [...(detail.tasks ?? [])].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <Stack gap="md">
      <TasksTable
        tasks={tasks}
        label={t('cases.sections.tasks')}
        empty={t('cases.tasks.none')}
        action={detail.can.addTask ? (task) => <TaskSteps detail={detail} task={task} /> : undefined}
      />
      {detail.can.addTask && (
        <Group>
          <Button onClick={() => setAdding(true)}>{t('cases.tasks.add')}</Button>
        </Group>
      )}
      {adding && <AddTaskDialog detail={detail} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
