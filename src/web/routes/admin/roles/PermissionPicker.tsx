/** Checkboxes for every permission, grouped by area (admin, people, border...). */
import { Checkbox, Fieldset, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissionLabel } from '../../../labels';

function groupByArea(permissions: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const permission of permissions) {
    const area = permission.split('.')[0] ?? permission;
    groups.set(area, [...(groups.get(area) ?? []), permission]);
  }
  return [...groups.entries()];
}

interface Props {
  permissions: readonly string[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** The permission checklist of a role. */
export function PermissionPicker({ permissions, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const label = usePermissionLabel();
  const toggle = (permission: string, checked: boolean) =>
    onChange(checked ? [...value, permission] : value.filter((p) => p !== permission));
  return (
    <Fieldset legend={t('admin.roles.permissions')} variant="unstyled">
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {groupByArea(permissions).map(([area, items]) => (
          <Fieldset key={area} legend={t(`permissionAreas.${area as 'admin'}`, { defaultValue: area })}>
            {items.map((permission) => (
              <Checkbox
                key={permission}
                mb={6}
                label={label(permission)}
                description={permission}
                checked={value.includes(permission)}
                onChange={(event) => toggle(permission, event.currentTarget.checked)}
              />
            ))}
          </Fieldset>
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
