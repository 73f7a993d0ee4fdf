/** Home: a welcome with who the user is, and a card for each module they may open. */
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { useRoleLabel } from '../../labels';
import { modulesFor } from '../../modules';
import { useMe } from '../../session';

/** The first page after signing in. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const roleLabel = useRoleLabel();
  const modules = modulesFor(me).filter((m) => m.key !== 'home');
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('home.welcome', { name: me.user.displayName })}</PageTitle>
        <Text>{t('home.organisation', { organisation: me.user.organisationName })}</Text>
        <Group gap="xs" mt="xs" aria-label={t('home.roles')} role="list">
          <Text size="sm" fw={600}>
            {t('home.roles')}:
          </Text>
          {me.user.roles.map((role) => (
            <Badge key={role} variant="light" role="listitem">
              {roleLabel(role)}
            </Badge>
          ))}
        </Group>
      </div>
      <section aria-labelledby="home-modules">
        <Title order={3} id="home-modules" mb="sm">
          {t('home.modules')}
        </Title>
        {modules.length === 0 ? (
          <Text>{t('home.noModules')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {modules.map((module) => (
              <Card
                key={module.key}
                withBorder
                padding="lg"
                component={Link}
                to={module.path}
                data-module-card={module.key}
                style={{ textDecoration: 'none' }}
              >
                <Text fw={700} size="lg">
                  {t(`modules.${module.key}.title`)}
                </Text>
                <Text size="sm" c="dimmed" mt={4}>
                  {t(`modules.${module.key}.description`)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
    </Stack>
  );
}
