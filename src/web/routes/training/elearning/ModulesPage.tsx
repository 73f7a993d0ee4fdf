/** The e-learning tab for coordinators: every module with its lessons and pass mark, and a dialog to create one. */
import {
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { notifySuccess } from '../../../components/notify';
import { YesNo } from '../../../components/YesNo';
import { useTrainingFormat } from '../trainingFormat';
import { modulesQuery, useCreateModule, type ModuleBody } from './elearningApi';
import { FormActions } from '../../../components/FormActions';
import { TitleFields } from '../TitleFields';

function ModuleForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (module: { id: string; title: string }) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateModule();
  const [body, setBody] = useState<ModuleBody>({
    code: '',
    title: '',
    description: '',
    passMark: 70,
    active: true,
  });
  const errors = fieldErrors(create.error);
  const set = (patch: Partial<ModuleBody>) => setBody({ ...body, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { ...body, code: body.code.trim(), title: body.title.trim() },
      {
        onSuccess: (module) => {
          notifySuccess(t('training.modules.created', { title: module.title }));
          onCreated(module);
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('training.modules.new')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('training.fields.code')}
            required
            dir="ltr"
            data-autofocus
            value={body.code}
            onChange={(event) => set({ code: event.currentTarget.value })}
            error={errors.code}
          />
          <TitleFields value={body} errors={errors} onChange={set} />
          <NumberInput
            label={t('training.modules.passMark')}
            description={t('training.modules.passMarkHint')}
            min={0}
            max={100}
            suffix=" %"
            allowDecimal={false}
            value={body.passMark}
            onChange={(value) => set({ passMark: typeof value === 'number' ? value : Number(value) || 0 })}
            error={errors.passMark}
          />
          <Switch
            label={t('training.fields.active')}
            checked={body.active}
            onChange={(event) => set({ active: event.currentTarget.checked })}
          />
          <FormActions error={create.error} pending={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The list of modules. */
export function ModulesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useTrainingFormat();
  const modules = useQuery(modulesQuery);
  const [creating, setCreating] = useState(false);
  const list = modules.data ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('training.modules.intro')}</Text>
        <Button onClick={() => setCreating(true)}>{t('training.modules.new')}</Button>
      </Group>
      <ErrorAlert error={modules.error} />
      {modules.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : list.length === 0 ? (
        <Text c="dimmed">{t('training.modules.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder aria-label={t('training.tabs.modules')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.fields.title')}</Table.Th>
                <Table.Th>{t('training.fields.code')}</Table.Th>
                <Table.Th ta="end">{t('training.modules.lessons')}</Table.Th>
                <Table.Th ta="end">{t('training.modules.passMark')}</Table.Th>
                <Table.Th>{t('training.fields.active')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((module) => (
                <Table.Tr key={module.id}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/training/modules/$id" params={{ id: module.id }} />
                      )}
                    >
                      {module.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Ltr mono>{module.code}</Ltr>
                  </Table.Td>
                  <Table.Td ta="end">{format.number(module.lessons)}</Table.Td>
                  <Table.Td ta="end">{format.percent(module.passMark)}</Table.Td>
                  <Table.Td>
                    <YesNo value={module.active} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <ModuleForm
          onClose={() => setCreating(false)}
          onCreated={(module) => void navigate({ to: '/training/modules/$id', params: { id: module.id } })}
        />
      )}
    </Stack>
  );
}
