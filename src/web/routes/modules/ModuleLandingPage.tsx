/** A landing page for a module whose screens are not built yet, so that navigation already works. */
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import type { PlannedModuleKey } from '../../modules';

/** Names the module, says what it will do, and that it is on its way. */
export function ModuleLandingPage({ module }: { module: PlannedModuleKey }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-module-page={module}>
      <PageTitle>{t(`modules.${module}.title`)}</PageTitle>
      <Text>{t(`modules.${module}.description`)}</Text>
      <Alert color="blue" title={t('modules.comingTitle')}>
        {t('modules.comingBody')}
      </Alert>
    </Stack>
  );
}
