/** The contingency plan in use: pick one, see whether it is active; with influx.activate create, activate or stand it down. */
import { Alert, Badge, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { centresQuery, postReception, useReceptionWrite } from '../centres/centresApi';
import type { Plan } from './influxApi';

function NewPlanDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (plan: Plan) => void }) {
  const { t } = useTranslation();
  const centres = useQuery(centresQuery);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [siteId, setSiteId] = useState<string | null>(null);
  const [centreIds, setCentreIds] = useState<string[]>([]);
  const create = useReceptionWrite((body: { siteId: string; name: string; description?: string; centreIds: string[] }) =>
    postReception<Plan>('/influx/plans', body),
  );
  const errors = fieldErrors(create.error);
  const options = (centres.data?.centres ?? []).map((c) => ({ value: c.id, label: c.name }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { siteId: siteId ?? '', name: name.trim(), description: description.trim() || undefined, centreIds },
      {
        onSuccess: (plan) => {
          notifySuccess(t('reception.plans.created', { name: plan.name }));
          onCreated(plan);
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('reception.plans.new')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('reception.plans.name')} required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <Select label={t('reception.plans.site')} description={t('reception.plans.siteHint')} required data={options} value={siteId} onChange={setSiteId} searchable error={errors.siteId} />
          <MultiSelect label={t('reception.plans.centres')} description={t('reception.plans.centresHint')} required data={options} value={centreIds} onChange={setCentreIds} searchable error={errors.centreIds} />
          <Textarea label={t('reception.plans.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize error={errors.description} />
          <FormActions error={create.error} pending={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function SwitchDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const activating = plan.status !== 'active';
  const [note, setNote] = useState('');
  const write = useReceptionWrite((body: { note?: string }) =>
    postReception<Plan>(`/influx/plans/${plan.id}/${activating ? 'activate' : 'deactivate'}`, body),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(
      { note: note.trim() || undefined },
      {
        onSuccess: () => {
          notifySuccess(t(activating ? 'reception.plans.activated' : 'reception.plans.deactivated', { name: plan.name }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t(activating ? 'reception.plans.activateTitle' : 'reception.plans.deactivateTitle', { name: plan.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text>{t(activating ? 'reception.plans.activateBody' : 'reception.plans.deactivateBody')}</Text>
          <Textarea label={t('reception.fields.note')} data-autofocus value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize />
          <FormActions
            error={write.error}
            pending={write.isPending}
            onCancel={onClose}
            saveLabel={activating ? t('reception.plans.activate') : t('reception.plans.deactivate')}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The plan picker and, for those who may, the plan's switch. */
export function PlanControls({
  plans,
  plan,
  onPick,
  canActivate,
}: {
  plans: Plan[];
  plan: Plan | undefined;
  onPick: (id: string) => void;
  canActivate: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dialog, setDialog] = useState<'new' | 'switch' | null>(null);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('reception.plans.plan')}
          data={plans.map((p) => ({
            value: p.id,
            label: `${p.name} · ${p.siteName}${p.status === 'active' ? ` (${t('reception.plans.statuses.active')})` : ''}`,
          }))}
          value={plan?.id ?? null}
          onChange={(id) => id && onPick(id)}
          allowDeselect={false}
          style={{ flex: '1 1 20rem' }}
        />
        {canActivate && plan && (
          <Button color={plan.status === 'active' ? 'red' : 'orange'} onClick={() => setDialog('switch')}>
            {plan.status === 'active' ? t('reception.plans.deactivate') : t('reception.plans.activate')}
          </Button>
        )}
        {canActivate && (
          <Button variant="default" onClick={() => setDialog('new')}>
            {t('reception.plans.new')}
          </Button>
        )}
      </Group>
      {plan && (
        <Alert
          color={plan.status === 'active' ? 'orange' : 'gray'}
          title={
            <Group gap="xs">
              {plan.name}
              <Badge color={plan.status === 'active' ? 'orange' : 'gray'} data-plan-status={plan.status}>
                {t(`reception.plans.statuses.${plan.status}`)}
              </Badge>
            </Group>
          }
        >
          {plan.status === 'active'
            ? t('reception.plans.activeSince', { when: format.dateTime(plan.activatedAt), centres: format.list(plan.centres.map((c) => c.name)) })
            : t('reception.plans.inactiveBody', { centres: format.list(plan.centres.map((c) => c.name)) })}
        </Alert>
      )}
      {dialog === 'new' && <NewPlanDialog onClose={() => setDialog(null)} onCreated={(created) => onPick(created.id)} />}
      {dialog === 'switch' && plan && <SwitchDialog plan={plan} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
