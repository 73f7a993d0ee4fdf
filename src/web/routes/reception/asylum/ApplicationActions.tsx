/** The steps of an application, each a dialog: interview, decision, notification, appeal, appeal outcome, closure. */
import { Button, Group, Select, Textarea, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { todayIn } from '../../border/desk/deskFormat';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import { DialogForm } from '../../../components/DialogForm';
import { APPEAL_OUTCOMES, DECISION_OUTCOMES, useAsylumWrite, type Application } from './asylumApi';

const STEPS = ['interview', 'decide', 'notify', 'appeal', 'appealOutcome', 'close'] as const;
type Step = (typeof STEPS)[number];

const PATHS: Record<Step, string> = {
  interview: 'interviews',
  decide: 'decision',
  notify: 'notification',
  appeal: 'appeals',
  appealOutcome: 'appeal-outcome',
  close: 'closure',
};

/** The form values of every step; each step sends the ones it has. */
type Values = Record<string, string>;

function StepDialog({ application, step, onClose }: { application: Application; step: Step; onClose: () => void }) {
  const { t } = useTranslation();
  const today = todayIn(BORDER_TIME_ZONE);
  const [values, setValues] = useState<Values>({});
  const write = useAsylumWrite((body: Record<string, unknown>) => api.post<Application>(`/api/asylum/applications/${application.id}/${PATHS[step]}`, body));
  const errors = fieldErrors(write.error);
  const value = (key: string, fallback = '') => values[key] ?? fallback;
  const set = (key: string) => (next: string | null) => setValues((v) => ({ ...v, [key]: next ?? '' }));
  const text = (key: string, label: string, options: { required?: boolean; autofocus?: boolean; ltr?: boolean; description?: string } = {}) => (
    <TextInput
      label={label}
      description={options.description}
      required={options.required}
      data-autofocus={options.autofocus || undefined}
      dir={options.ltr ? 'ltr' : 'auto'}
      value={value(key)}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={errors[key]}
    />
  );
  const day = (key: string, label: string, required = true) => (
    <TextInput type="date" dir="ltr" label={label} required={required} value={value(key, required ? today : '')} onChange={(e) => set(key)(e.currentTarget.value)} error={errors[key]} />
  );
  const note = (key = 'note') => (
    <Textarea label={t('asylum.fields.note')} value={value(key)} onChange={(e) => set(key)(e.currentTarget.value)} autosize error={errors[key]} />
  );
  const optional = (key: string) => value(key).trim() || undefined;
  const decisionOutcomes = DECISION_OUTCOMES.filter((o) => (o === 'withdrawn' ? application.can.withdraw : application.can.decide));
  const bodies: Record<Step, () => Record<string, unknown>> = {
    interview: () => ({ heldOn: value('heldOn', today), interviewer: value('interviewer').trim(), interpreterLanguage: optional('interpreterLanguage')?.toLowerCase() ?? null, notes: optional('notes') }),
    decide: () => ({ outcome: value('outcome'), decidedOn: value('decidedOn', today), notifiedOn: optional('notifiedOn'), note: optional('note') }),
    notify: () => ({ notifiedOn: value('notifiedOn', today) }),
    appeal: () => ({ lodgedOn: value('lodgedOn', today), court: optional('court'), note: optional('note') }),
    appealOutcome: () => ({ outcome: value('outcome'), decidedOn: value('decidedOn', today), note: optional('note') }),
    close: () => ({ closedOn: value('closedOn', today), note: optional('note') }),
  };
  const fields: Record<Step, () => ReactNode> = {
    interview: () => (
      <>
        {day('heldOn', t('asylum.interview.heldOn'))}
        {text('interviewer', t('asylum.interview.interviewer'), { required: true, autofocus: true })}
        {text('interpreterLanguage', t('asylum.interview.language'), { ltr: true, description: t('asylum.interview.languageHint') })}
        {note('notes')}
      </>
    ),
    decide: () => (
      <>
        <Select label={t('asylum.decision.outcome')} required data-autofocus data={decisionOutcomes.map((o) => ({ value: o, label: t(`asylum.outcomes.${o}`) }))} value={value('outcome') || null} onChange={set('outcome')} error={errors.outcome} />
        {day('decidedOn', t('asylum.decision.decidedOn'))}
        {day('notifiedOn', t('asylum.decision.notifiedOn'), false)}
        {note()}
      </>
    ),
    notify: () => day('notifiedOn', t('asylum.decision.notifiedOn')),
    appeal: () => (
      <>
        {day('lodgedOn', t('asylum.appeal.lodgedOn'))}
        {text('court', t('asylum.appeal.court'), { autofocus: true })}
        {note()}
      </>
    ),
    appealOutcome: () => (
      <>
        <Select label={t('asylum.appeal.outcome')} required data-autofocus data={APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`asylum.appealOutcomes.${o}`) }))} value={value('outcome') || null} onChange={set('outcome')} error={errors.outcome} />
        {day('decidedOn', t('asylum.decision.decidedOn'))}
        {note()}
      </>
    ),
    close: () => (
      <>
        {day('closedOn', t('asylum.close.closedOn'))}
        {note()}
      </>
    ),
  };
  return (
    <DialogForm
      title={t(`asylum.steps.${step}`)}
      onClose={onClose}
      error={write.error}
      pending={write.isPending}
      onSubmit={() =>
        write.mutate(bodies[step](), {
          onSuccess: () => {
            notifySuccess(t('asylum.steps.done'));
            onClose();
          },
        })
      }
    >
      {fields[step]()}
    </DialogForm>
  );
}

/** The buttons of the steps the caller may take now (the server's `can`), and the open step's dialog. */
export function ApplicationActions({ application }: { application: Application }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step | null>(null);
  const allowed: Record<Step, boolean> = {
    interview: application.can.interview,
    decide: application.can.decide || application.can.withdraw,
    notify: application.can.notify,
    appeal: application.can.appeal,
    appealOutcome: application.can.appealOutcome,
    close: application.can.close,
  };
  const steps = STEPS.filter((s) => allowed[s]);
  if (steps.length === 0) {
    return null;
  }
  return (
    <Group gap="sm">
      {steps.map((s) => (
        <Button key={s} variant={s === 'decide' || s === 'appealOutcome' ? 'filled' : 'light'} onClick={() => setStep(s)}>
          {t(`asylum.steps.${s}`)}
        </Button>
      ))}
      {step && <StepDialog application={application} step={step} onClose={() => setStep(null)} />}
    </Group>
  );
}
