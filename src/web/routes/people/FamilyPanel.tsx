/** The family view: linked persons as cards with the relation, linking by search, unlinking. */
import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { notifySuccess } from '../../components/notify';
import { latinName, RELATIONS, searchQuery, type Person } from './peopleApi';
import { PersonCard } from './PersonName';

function LinkFamilyForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [relation, setRelation] = useState<string | null>('child');
  const found = useQuery(searchQuery({ q: query || undefined }));
  const link = useMutation({
    mutationFn: (relatedPersonId: string) => api.post(`/api/people/${person.id}/family`, { relatedPersonId, relation }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people', 'person'] });
      notifySuccess(t('people.family.linked'));
      setQuery('');
      setText('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  const candidates = (found.data?.results ?? []).filter(
    (r) => r.person.id !== person.id && !person.family.some((f) => f.person.id === r.person.id),
  );
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('people.family.link')}</Text>
      <form role="search" aria-label={t('people.family.link')} onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput label={t('people.family.searchLabel')} dir="auto" value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ flex: '1 1 16rem' }} />
          <Select
            label={t('people.family.relation')}
            description={t('people.family.relationHint')}
            data={RELATIONS.map((value) => ({ value, label: t(`people.family.relations.${value}`) }))}
            value={relation}
            onChange={setRelation}
            allowDeselect={false}
          />
          <Button type="submit" variant="light" loading={found.isFetching}>
            {t('people.search')}
          </Button>
        </Group>
      </form>
      {query && found.data && candidates.length === 0 && <Text c="dimmed">{t('people.noResults')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {candidates.map(({ person: candidate }) => (
          <PersonCard key={candidate.id} person={candidate}>
            <Button
              size="xs"
              onClick={() => link.mutate(candidate.id)}
              loading={link.isPending}
              aria-label={t('people.family.linkNamed', { name: latinName(candidate) })}
            >
              {t('people.family.linkButton')}
            </Button>
          </PersonCard>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Family members as cards. */
export function FamilyPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const unlink = useMutation({
    mutationFn: (linkId: string) => api.delete(`/api/people/${person.id}/family/${linkId}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people', 'person'] });
      notifySuccess(t('people.family.unlinked'));
    },
  });
  return (
    <Stack gap="md">
      {person.family.length === 0 ? (
        <Text c="dimmed">{t('people.family.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {person.family.map((member) => (
            <PersonCard key={member.linkId} person={member.person}>
              <Badge variant="light">{t(`people.family.relations.${member.relation as 'child'}`, { defaultValue: member.relation })}</Badge>
              {person.can.edit && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => unlink.mutate(member.linkId)}
                  aria-label={t('people.family.unlinkNamed', { name: latinName(member.person) })}
                >
                  {t('people.family.unlink')}
                </Button>
              )}
            </PersonCard>
          ))}
        </SimpleGrid>
      )}
      {person.can.edit && <LinkFamilyForm person={person} />}
    </Stack>
  );
}
