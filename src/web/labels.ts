/** Translated labels for codes that come from the server (roles, organisation and site types, permissions...). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Label of a role code: translated for built-in roles, else the role's own name or code. */
export function useRoleLabel(): (code: string, name?: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (code: string, name?: string) => {
      const key = `roles.${code}`;
      return i18n.exists(key) ? String(t(key as 'roles.administrator')) : (name ?? code);
    },
    [t, i18n],
  );
}

/** Label of a permission code, e.g. `admin.users.manage`, with the code itself as the fallback. */
export function usePermissionLabel(): (permission: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (permission: string) => {
      const key = `permissions.${permission.replace(/\./g, '_')}`;
      return i18n.exists(key) ? String(t(key as 'permissions.audit_read')) : permission;
    },
    [t, i18n],
  );
}

/** Label of a partner API scope such as `people:lookup-by-document`. */
export function useScopeLabel(): (scope: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (scope: string) => {
      // ':' separates namespaces in i18next keys, so the key uses '_' instead.
      const key = `apiScopes.${scope.replace(/:/g, '_')}`;
      return i18n.exists(key) ? String(t(key as 'apiScopes.directory_read')) : scope;
    },
    [t, i18n],
  );
}
