/** How the knowledge screens name categories, languages and statuses in the interface language. */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { categoriesQuery, useCatalogue, type Category, type VersionStatus } from './knowledgeApi';

/** Badge colour of each version status: blue while worked on, green live, grey out of use. */
export const VERSION_COLOURS: Record<VersionStatus, string> = {
  draft: 'blue',
  'in-review': 'orange',
  published: 'green',
  superseded: 'gray',
  archived: 'dark',
};

/** A text of a per-language map in `language`, else English, Romanian, any language, or null. */
export function inLanguage<T>(texts: Record<string, T>, language: string): T | null {
  for (const code of [language, 'en', 'ro']) {
    const text = texts[code];
    if (text !== undefined) {
      return text;
    }
  }
  return Object.values(texts)[0] ?? null;
}

/** The name of an editors' category in the interface language (or a fallback, or its key). */
export function useCategoryName(): (category: Pick<Category, 'key' | 'names'>) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (category) => inLanguage(category.names, i18n.language) ?? category.key,
    [i18n.language],
  );
}

interface TreeNode {
  id: string;
  parentId: string | null;
}

/** Categories in tree order: each top-level one followed by its children, in the server's order. */
export function treeOrder<T extends TreeNode>(categories: readonly T[]): { category: T; parent: T | null }[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const out: { category: T; parent: T | null }[] = [];
  for (const top of categories.filter((c) => c.parentId === null || !byId.has(c.parentId))) {
    out.push({ category: top, parent: null });
    for (const child of categories.filter((c) => c.parentId === top.id)) {
      out.push({ category: child, parent: top });
    }
  }
  return out;
}

/** "Parent › Child" (or the name alone for a top-level category). */
export function categoryPath(name: string, parentName: string | null): string {
  return parentName ? `${parentName} › ${name}` : name;
}

/** Select options of categories in tree order, each labelled with its path. */
export function categoryOptions<T extends TreeNode>(
  categories: readonly T[],
  nameOf: (category: T) => string,
): { value: string; label: string }[] {
  return treeOrder(categories).map(({ category, parent }) => ({
    value: category.id,
    label: categoryPath(nameOf(category), parent ? nameOf(parent) : null),
  }));
}

/** The editors' categories (inactive ones too) as Select options and as a label per id. */
export function useEditorCategories() {
  const categories = useQuery(categoriesQuery);
  const nameOf = useCategoryName();
  return useMemo(() => {
    const all = categories.data ?? [];
    const options = categoryOptions(all, nameOf);
    return { all, options, labels: new Map(options.map((o) => [o.value, o.label])), error: categories.error };
  }, [categories.data, categories.error, nameOf]);
}

/** The native name of a language code (the code itself until the catalogue is read, or for an unknown one). */
export function useLanguageName(): (code: string) => string {
  const catalogue = useCatalogue();
  return useCallback(
    (code: string) => catalogue.data?.languages.find((l) => l.code === code)?.nativeName ?? code,
    [catalogue.data],
  );
}
