/** The role, site and clearance pickers shared by the create and edit user forms. */
import { Checkbox, Group, MultiSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../../../labels';
import { SENSITIVITY_LABELS } from '../../../reference';
import { useMe, type Me } from '../../../session';
import { organisationNames, organisationsQuery, rolesQuery, sitesQuery, type Role } from '../adminApi';

/** Roles the caller may hand out: all for national administrators, else non-national roles within their own permissions. */
export function grantableRoles(me: Me, roles: Role[]): Role[] {
  if (me.national) {
    return roles;
  }
  return roles.filter((role) => !role.national && role.permissions.every((p) => me.permissions.includes(p)));
}

export interface Grants {
  roles: string[];
  siteIds: string[];
  clearances: string[];
}

interface Props {
  organisationId: string | null;
  value: Grants;
  onChange: (value: Grants) => void;
  errors: Record<string, string>;
}

/** Roles (multi-select), sites (multi-select, grouped by organisation) and clearances (checkboxes). */
export function GrantFields({ organisationId, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const roleLabel = useRoleLabel();
  const roles = useQuery(rolesQuery);
  const sites = useQuery(sitesQuery);
  const organisations = useQuery(organisationsQuery);
  const names = organisationNames(organisations.data);
  const roleData = grantableRoles(me, roles.data?.roles ?? []).map((role) => ({
    value: role.code,
    label: roleLabel(role.code, role.name),
  }));
  const visibleSites = (sites.data ?? []).filter(
    (site) => me.national || site.organisationId === organisationId,
  );
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const site of visibleSites) {
    const group = names.get(site.organisationId) ?? '—';
    groups.set(group, [...(groups.get(group) ?? []), { value: site.id, label: site.name }]);
  }
  const own = organisationId ? names.get(organisationId) : undefined;
  const siteData = [...groups.entries()]
    .sort(([a], [b]) => (a === own ? -1 : b === own ? 1 : a.localeCompare(b)))
    .map(([group, items]) => ({ group, items }));
  return (
    <>
      <MultiSelect
        label={t('admin.users.roles')}
        data={roleData}
        value={value.roles}
        onChange={(roles) => onChange({ ...value, roles })}
        searchable
        clearable
        error={errors.roles}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label={t('admin.users.sites')}
        data={siteData}
        value={value.siteIds}
        onChange={(siteIds) => onChange({ ...value, siteIds })}
        searchable
        clearable
        error={errors.siteIds}
        nothingFoundMessage={t('admin.users.noSites')}
      />
      <Checkbox.Group
        label={t('admin.users.clearances')}
        description={t('admin.users.clearancesHint')}
        value={value.clearances}
        onChange={(clearances) => onChange({ ...value, clearances })}
        error={errors.clearances}
      >
        <Group gap="lg" mt="xs">
          {SENSITIVITY_LABELS.map((label) => (
            <Checkbox key={label} value={label} label={t(`clearances.${label}`)} />
          ))}
        </Group>
      </Checkbox.Group>
    </>
  );
}
