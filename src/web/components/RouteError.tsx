/** What a page shows when loading it failed (server unreachable, unexpected answer). */
import { Alert, Button, Stack } from '@mantine/core';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorTitle } from './notify';

/** The error with a way to try again. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <Stack p="xl" maw={640} component="main">
      <Alert color="red" title={errorTitle(error)}>
        {errorMessage(error)}
      </Alert>
      <Button
        style={{ alignSelf: 'flex-start' }}
        onClick={() => {
          reset();
          void router.invalidate();
        }}
      >
        {t('common.retry')}
      </Button>
    </Stack>
  );
}
