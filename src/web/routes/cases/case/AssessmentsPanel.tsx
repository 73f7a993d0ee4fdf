/** The standardised risk and special-needs assessments of a case, and a new one. */
import { Badge, Button, Card, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import { RISK_LEVELS, SPECIAL_NEEDS, type CaseDetail, type RiskLevel } from '../casesApi';

const RISKS = ['individualRisk', 'householdRisk', 'communityRisk'] as const;
type RiskKey = (typeof RISKS)[number];
const RISK_COLOURS: Record<RiskLevel, string> = { low: 'green', medium: 'yellow', high: 'red' };

function RiskControl({ name, value, onChange, error }: { name: RiskKey; value: RiskLevel; onChange: (v: RiskLevel) => void; error?: string }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const id = useId();
  return (
    <Stack gap={4} role="radiogroup" aria-labelledby={id}>
      <Text size="sm" fw={500} id={id}>
        {t(`cases.assessments.${name}`)}
      </Text>
      <SegmentedControl
        value={value}
        onChange={(next) => onChange(next as RiskLevel)}
        data={RISK_LEVELS.map((level) => ({ value: level, label: labels.of('riskLevels', level) }))}
        color={RISK_COLOURS[value]}
      />
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function AssessmentDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const record = useCaseWrite<object>(detail.id, 'POST', `/${detail.id}/assessments`);
  const [risks, setRisks] = useState<Record<RiskKey, RiskLevel>>({ individualRisk: 'medium', householdRisk: 'medium', communityRisk: 'medium' });
  const [needs, setNeeds] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const errors = fieldErrors(record.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { kind: 'risk-needs', ...risks, specialNeeds: needs, notes: notes.trim() || undefined },
      {
        onSuccess: () => {
          notifySuccess(t('cases.assessments.recorded'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.assessments.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {RISKS.map((name) => (
            <RiskControl
              key={name}
              name={name}
              value={risks[name]}
              onChange={(value) => setRisks({ ...risks, [name]: value })}
              error={errors[name]}
            />
          ))}
          <Checkbox.Group label={t('cases.assessments.specialNeeds')} value={needs} onChange={setNeeds} error={errors.specialNeeds}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {SPECIAL_NEEDS.map((need) => (
                <Checkbox key={need} value={need} label={labels.of('specialNeeds', need)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label={t('cases.assessments.notes')}
            autosize
            minRows={2}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            error={errors.notes}
          />
          <FormActions error={record.error} pending={record.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The assessments tab. */
export function AssessmentsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const assessments = [...(detail.assessments ?? [])].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return (
    <Stack gap="md">
      {assessments.length === 0 ? (
        <Text c="dimmed">{t('cases.assessments.none')}</Text>
      ) : (
        assessments.map((assessment) => (
          <Card key={assessment.id} withBorder padding="sm" component="section" aria-label={t('cases.assessments.of', { at: format.dateTime(assessment.recordedAt) })}>
            <Text size="xs" c="dimmed">
              {format.dateTime(assessment.recordedAt)}
            </Text>
            <Group gap="xs" my={4}>
              {RISKS.map((name) => (
                <Badge key={name} color={RISK_COLOURS[assessment[name]]} variant="light">
                  {t(`cases.assessments.${name}`)}: {labels.of('riskLevels', assessment[name])}
                </Badge>
              ))}
            </Group>
            <Text size="sm">
              {t('cases.assessments.specialNeeds')}:{' '}
              {assessment.specialNeeds.length > 0
                ? assessment.specialNeeds.map((n) => labels.of('specialNeeds', n)).join(', ')
                : '—'}
            </Text>
            {assessment.notes && (
              <Text size="sm" dir="auto">
                {assessment.notes}
              </Text>
            )}
          </Card>
        ))
      )}
      {detail.can.assess && (
        <Group>
          <Button onClick={() => setAdding(true)}>{t('cases.assessments.add')}</Button>
        </Group>
      )}
      {adding && <AssessmentDialog detail={detail} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
