/** The signed-in frame: header (name, person search, language, user menu), navbar and the page. */
import { Alert, Anchor, AppShell, Box, Burger, Group, ScrollArea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Navigation } from './Navigation';
import { PersonSearchBox } from './PersonSearchBox';
import { PurposePrompt } from './PurposePrompt';
import { UserMenu } from './UserMenu';
import classes from './AppLayout.module.css';

/** The application shell around every signed-in page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className={classes.skipLink}>
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Anchor component={Link} to="/" underline="never" c="inherit" className={classes.brand}>
              <Title order={1} size="h3">
                {t('app.name')}
              </Title>
            </Anchor>
            {can(me, ['people.read']) && (
              <Box visibleFrom="sm" style={{ flex: '0 1 22rem', minWidth: 0 }}>
                <PersonSearchBox />
              </Box>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {can(me, ['people.read']) && (
          <Box hiddenFrom="sm" mb="sm">
            <PersonSearchBox onSearched={close} />
          </Box>
        )}
        <AppShell.Section grow component={ScrollArea}>
          <Navigation onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        {me.user.mustChangePassword && (
          <Alert color="yellow" mb="md" title={t('account.mustChange.title')}>
            {t('account.mustChange.body')}{' '}
            <Anchor component={Link} to="/account">
              {t('account.mustChange.link')}
            </Anchor>
          </Alert>
        )}
        <Outlet />
        <PurposePrompt />
      </AppShell.Main>
    </AppShell>
  );
}
