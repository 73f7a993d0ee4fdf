/** The categories as a tree (top-level, then their children) with add and edit, and the languages below. */
import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { YesNo } from '../../../components/YesNo';
import { categoriesQuery, languagesQuery, type Category } from '../knowledgeApi';
import { treeOrder, useCategoryName } from '../knowledgeLabels';
import { CategoryForm } from './CategoryForm';
import { LanguagesSection } from './LanguagesSection';

/** The categories and languages tab. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const nameOf = useCategoryName();
  const categories = useQuery(categoriesQuery);
  const languages = useQuery(languagesQuery);
  const [editing, setEditing] = useState<{ category?: Category } | null>(null);
  const all = categories.data ?? [];
  const active = (languages.data ?? []).filter((l) => l.active);
  return (
    <Stack gap="xl">
      <section aria-labelledby="knowledge-categories-title">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="knowledge-categories-title">
            {t('knowledge.catalogue.categories')}
          </Title>
          <Button onClick={() => setEditing({})} disabled={!languages.data}>
            {t('knowledge.catalogue.newCategory')}
          </Button>
        </Group>
        <Text size="sm" mb="sm">
          {t('knowledge.catalogue.categoriesIntro')}
        </Text>
        <ErrorAlert error={categories.error ?? languages.error} />
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder aria-labelledby="knowledge-categories-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('knowledge.catalogue.name')}</Table.Th>
                <Table.Th>{t('knowledge.fields.key')}</Table.Th>
                <Table.Th ta="end">{t('knowledge.catalogue.position')}</Table.Th>
                <Table.Th>{t('knowledge.catalogue.translatedNames')}</Table.Th>
                <Table.Th>{t('knowledge.catalogue.active')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {treeOrder(all).map(({ category, parent }) => (
                <Table.Tr key={category.id} data-level={parent ? 2 : 1}>
                  <Table.Th scope="row" fw={parent ? 'normal' : 700} ps={parent ? 'xl' : undefined}>
                    {parent && (
                      <VisuallyHidden>
                        {t('knowledge.catalogue.childOf', { parent: nameOf(parent) })}{' '}
                      </VisuallyHidden>
                    )}
                    {nameOf(category)}
                  </Table.Th>
                  <Table.Td>
                    <Ltr mono>{category.key}</Ltr>
                  </Table.Td>
                  <Table.Td ta="end">{category.position}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {active.map((language) => {
                        const named = !!category.names[language.code];
                        return (
                          <Badge
                            key={language.code}
                            size="xs"
                            variant={named ? 'light' : 'outline'}
                            color={named ? 'green' : 'gray'}
                            role="img"
                            aria-label={t('knowledge.articles.translationState', {
                              language: language.nativeName,
                              state: t(named ? 'knowledge.catalogue.named' : 'knowledge.catalogue.notNamed'),
                            })}
                          >
                            <span dir="ltr">{language.code}</span>
                          </Badge>
                        );
                      })}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <YesNo value={category.active} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('knowledge.catalogue.editNamed', { name: nameOf(category) })}
                      onClick={() => setEditing({ category })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
      {languages.data && <LanguagesSection languages={languages.data} />}
      {editing && (
        <CategoryForm
          category={editing.category}
          categories={all}
          languages={active}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
