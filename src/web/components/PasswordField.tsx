/** A password input whose show/hide button is labelled in the interface language and reachable by keyboard. */
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's PasswordInput with a translated visibility toggle. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('common.togglePasswordVisibility') }}
      {...props}
      // Mantine marks only the wrapper invalid; screen readers need it on the input itself.
      aria-invalid={props.error ? true : undefined}
    />
  );
}
