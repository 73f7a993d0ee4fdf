/**
 * Moves a case to another state: asks for the fields the target state (and the transition) require,
 * prefilled with what the case holds, the reflection period's length where the state sets that deadline,
 * and the reason when it closes the case; says what else must be done first (checklist, assessment).
 */
import { Alert, List, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import type { CaseDetail, Requirement, TransitionOption, TypeDefinition } from '../casesApi';
import { FieldInput } from './FieldInput';

export type Transition = TransitionOption & { permitted?: boolean; needsReason?: boolean };

/** The requirements of moving to `to`: the target state's and the transition's own. */
export function requirementsOf(definition: TypeDefinition, from: string, to: string): Requirement[] {
  const state = definition.states.find((s) => s.code === to);
  const transition = definition.transitions.find((t) => t.from === from && t.to === to);
  return [...(state?.requires ?? []), ...(transition?.requires ?? [])];
}

/** The label of a transition's button: a named step where there is one, else "Move to <state>". */
export function useTransitionLabel(): (type: string, from: string, to: string) => string {
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  return (type, from, to) => {
    const key = `cases.transitions.named.${type}.${from}__${to}`;
    if (i18n.exists(key)) {
      return String(t(key as 'cases.title'));
    }
    return to === 'closed' ? t('cases.transitions.close') : t('cases.transitions.moveTo', { state: labels.state(to) });
  };
}

/** The dialog. */
export function TransitionDialog({
  detail,
  definition,
  transition,
  onClose,
}: {
  detail: CaseDetail;
  definition: TypeDefinition;
  transition: Transition;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const label = useTransitionLabel();
  const move = useCaseWrite<object>(detail.id, 'POST', `/${detail.id}/transitions`);
  const requirements = requirementsOf(definition, detail.state, transition.to);
  const fieldRequirements = requirements.filter((r): r is Extract<Requirement, { field: string }> => 'field' in r);
  const target = definition.states.find((s) => s.code === transition.to);
  const setsReflection = target?.deadline?.days === 'reflection-period';
  const [data, setData] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(fieldRequirements.map((r) => [r.field, detail.data?.[r.field] ?? null])),
  );
  const [reflectionDays, setReflectionDays] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsByPath(move.error);
  // What the form cannot supply: checklist items and the assessment are recorded on their own tabs.
  const elsewhere = transition.problems.filter((p) => !p.field.startsWith('data.') && p.field !== 'reason');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null));
    if (setsReflection && reflectionDays !== null) {
      values.reflectionPeriodDays = reflectionDays;
    }
    move.mutate(
      { to: transition.to, version: detail.version, reason: transition.needsReason ? reason.trim() : undefined, data: values },
      {
        onSuccess: () => {
          notifySuccess(t('cases.transitions.done', { state: labels.state(transition.to) }));
          onClose();
        },
      },
    );
  };
  const title = label(detail.type, detail.state, transition.to);
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('cases.transitions.fromTo', { from: labels.state(detail.state), to: labels.state(transition.to) })}
          </Text>
          {elsewhere.length > 0 && (
            <Alert color="yellow" title={t('cases.transitions.firstDo')}>
              <List size="sm">
                {elsewhere.map((problem) => (
                  <List.Item key={problem.field}>
                    {problem.field.startsWith('checklist.')
                      ? t('cases.transitions.checklistItem', {
                          item: labels.of('checklistItems', problem.field.slice('checklist.'.length)),
                        })
                      : problem.field === 'assessments'
                        ? t('cases.transitions.needsAssessment')
                        : problem.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {fieldRequirements.map((requirement) => {
            const field = definition.fields.find((f) => f.name === requirement.field);
            return field ? (
              <FieldInput
                key={field.name}
                field={field}
                value={data[field.name]}
                values={requirement.values}
                required
                onChange={(value) => setData((current) => ({ ...current, [field.name]: value }))}
                error={errors[`data.${field.name}`]}
              />
            ) : null;
          })}
          {setsReflection && (
            <NumberInput
              label={labels.field('reflectionPeriodDays')}
              description={t('cases.transitions.reflectionDefault')}
              min={1}
              max={365}
              allowDecimal={false}
              value={reflectionDays ?? ''}
              onChange={(value) => setReflectionDays(typeof value === 'number' ? value : null)}
              error={errors['data.reflectionPeriodDays']}
            />
          )}
          {transition.needsReason && (
            <Textarea
              label={t('cases.transitions.reason')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errors.reason}
            />
          )}
          <FormActions
            error={move.error}
            pending={move.isPending}
            onCancel={onClose}
            saveLabel={title}
          />
        </Stack>
      </form>
    </Modal>
  );
}
