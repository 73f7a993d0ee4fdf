/** The reception and asylum page of one person (from residents, applications, minors and follow-ups). */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { PageTitle } from '../../../components/PageTitle';
import { can, useMe } from '../../../session';
import { personQuery } from '../../people/peopleApi';
import { personName } from '../PersonPicker';
import { PersonAsylumSections } from './PersonAsylum';

const route = getRouteApi('/app/reception/people/$personId');

/** The page, by person id from the address. */
export function PersonAsylumPage() {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  const me = useMe();
  const person = useQuery({ ...personQuery(personId), enabled: can(me, ['people.read']) });
  return (
    <Stack gap="md">
      <PageTitle>{person.data ? personName(person.data) : t('asylum.person.title')}</PageTitle>
      <ErrorAlert error={person.error} />
      {person.data && (
        <Group gap="sm">
          <Ltr mono>{person.data.registrationNumber}</Ltr>
          <Anchor renderRoot={(props) => <Link {...props} to="/people/$id" params={{ id: personId }} />}>{t('asylum.person.registryRecord')}</Anchor>
        </Group>
      )}
      {!person.data && person.isPending && can(me, ['people.read']) && <Text>{t('common.loading')}</Text>}
      <PersonAsylumSections personId={personId} />
    </Stack>
  );
}
