/** The person's sensitivity labels; a user may set only the labels they hold a clearance for. */
import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../session';
import { SENSITIVITY_LABELS } from './peopleApi';

/** Checkboxes, the labels the caller does not hold disabled (setting one would hide the person from them). */
export function SensitivityField({ value, onChange, error }: { value: string[]; onChange: (value: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Checkbox.Group label={t('people.fields.sensitivity')} description={t('people.sensitivity.hint')} value={value} onChange={onChange} error={error}>
      <Group gap="lg" mt="xs">
        {SENSITIVITY_LABELS.map((label) => {
          const held = me.clearances.includes(label);
          return (
            <Checkbox
              key={label}
              value={label}
              label={t(`clearances.${label}`)}
              disabled={!held}
              description={held ? undefined : t('people.sensitivity.notHeld')}
            />
          );
        })}
      </Group>
    </Checkbox.Group>
  );
}
