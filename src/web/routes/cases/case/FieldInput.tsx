/** One field of a case type's data as a labelled input chosen by its kind (text, yes/no, date, number, country, lists). */
import { Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCaseLabels } from '../caseLabels';
import type { FieldDefinition } from '../casesApi';

// Free text that is usually longer than a line.
const LONG_TEXT = new Set(['reintegrationPlan', 'protectionRisks', 'vic_DetailsOfVulnerabilities', 'returnAddress']);

/** Fields the server fills (from the border, a signal or a deadline): shown, never edited by hand. */
export const COMPUTED_FIELDS = new Set(['indicators', 'departureCrossingId', 'reflectionPeriodEndsOn']);

/** The input; `values` narrows a picklist to what a transition allows. */
export function FieldInput({
  field,
  value,
  onChange,
  required,
  error,
  values,
}: {
  field: FieldDefinition;
  value: unknown;
  onChange: (value: unknown) => void;
  required?: boolean;
  error?: string;
  values?: readonly string[];
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const label = labels.field(field.name);
  const options = (values ?? field.values ?? []).map((v) => ({ value: v, label: labels.value(field.name, v) }));
  switch (field.kind) {
    case 'text':
      return LONG_TEXT.has(field.name) ? (
        <Textarea
          label={label}
          required={required}
          autosize
          minRows={2}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value || null)}
          error={error}
        />
      ) : (
        <TextInput
          label={label}
          required={required}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value || null)}
          error={error}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          label={label}
          required={required}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(next) => onChange(next === 'yes')}
          error={error}
        >
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('common.yes')} />
            <Radio value="no" label={t('common.no')} />
          </Group>
        </Radio.Group>
      );
    case 'date':
      return (
        <TextInput
          type="date"
          dir="ltr"
          label={label}
          required={required}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value || null)}
          error={error}
        />
      );
    case 'number':
      return (
        <NumberInput
          label={label}
          required={required}
          min={0}
          allowDecimal={false}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
          error={error}
        />
      );
    case 'country':
      return (
        <TextInput
          label={label}
          description={t('cases.fieldHints.country')}
          required={required}
          dir="ltr"
          maxLength={3}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value.toUpperCase() || null)}
          error={error}
        />
      );
    case 'picklist':
      return (
        <Select
          label={label}
          required={required}
          clearable={!required}
          searchable={options.length > 8}
          data={options}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => onChange(next)}
          error={error}
        />
      );
    case 'multipicklist': {
      const chosen = Array.isArray(value) ? value.map(String) : [];
      return (
        <Checkbox.Group label={label} required={required} value={chosen} onChange={(next) => onChange(next)} error={error}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {options.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
    }
  }
}

/** A field's value as text for reading (lists joined, codes translated). */
export function useFieldText(): (field: FieldDefinition, value: unknown) => string {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (field, value) => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      return '—';
    }
    if (typeof value === 'boolean') {
      return value ? t('common.yes') : t('common.no');
    }
    if (Array.isArray(value)) {
      const group = field.name === 'indicators' ? 'indicators' : null;
      return value.map((v) => (group ? labels.of(group, String(v)) : labels.value(field.name, String(v)))).join(', ');
    }
    return field.kind === 'picklist' ? labels.value(field.name, String(value)) : String(value);
  };
}
