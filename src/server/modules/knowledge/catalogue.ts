/** Languages and categories of the knowledge base: configuration that editors and the public both read. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import * as store from './store';

/** The configured languages (active first in their order). */
export async function listLanguages(ctx: Ctx) {
  return { languages: await store.selectLanguages(ctx.db) };
}

/** The codes of the active languages. */
export async function activeLanguageCodes(ctx: Ctx): Promise<string[]> {
  return (await store.selectLanguages(ctx.db)).filter((l) => l.active).map((l) => l.code);
}

/** Adds or changes a language (e.g. switches one off). */
export async function saveLanguage(ctx: Ctx, input: { code: string; nativeName: string; englishName: string; rtl: boolean; position: number; active: boolean }) {
  requirePermission(ctx, 'knowledge.publish');
  await inTransaction(ctx, async (tx) => {
    await store.upsertLanguage(tx, input);
    await store.bumpIndexVersion(tx);
    await recordAudit(tx, ctx, { action: 'knowledge.language.save', detail: { code: input.code, active: input.active } });
  });
  return input;
}

export interface CategoryInput {
  key: string;
  parentId: string | null;
  position: number;
  names: Record<string, string>;
  active: boolean;
}

/** Every category (editors see inactive ones too). */
export async function listCategories(ctx: Ctx) {
  return { categories: await store.selectCategories(ctx.db) };
}

async function checkCategory(ctx: Ctx, input: CategoryInput, id?: string) {
  const languages = await activeLanguageCodes(ctx);
  const unknown = Object.keys(input.names).filter((code) => !languages.includes(code));
  if (unknown.length > 0) {
    throw invalid(`Names in languages that are not configured: ${unknown.join(', ')}`, [{ field: 'names', message: 'Unknown language' }]);
  }
  if (Object.keys(input.names).length === 0) {
    throw invalid('Give the category a name in at least one language', [{ field: 'names', message: 'Required' }]);
  }
  if (input.parentId) {
    if (input.parentId === id) {
      throw invalid('A category cannot be its own parent', [{ field: 'parentId', message: 'Itself' }]);
    }
    const parent = await store.selectCategory(ctx.db, input.parentId);
    if (!parent) {
      throw invalid('The parent category does not exist', [{ field: 'parentId', message: 'Unknown' }]);
    }
    if (parent.parentId) {
      throw invalid('Categories nest one level only: choose a top-level parent', [{ field: 'parentId', message: 'Not top-level' }]);
    }
    if (id && (await store.hasChildren(ctx.db, id))) {
      throw invalid('This category has sub-categories, so it must stay at the top level', [{ field: 'parentId', message: 'Has children' }]);
    }
  }
}

/** Adds a category. */
export async function createCategory(ctx: Ctx, input: CategoryInput) {
  requirePermission(ctx, 'knowledge.publish');
  await checkCategory(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertCategory(tx, input);
    if (!row) {
      throw conflict(`A category with key ${input.key} exists already`);
    }
    await store.bumpIndexVersion(tx);
    await recordAudit(tx, ctx, { action: 'knowledge.category.create', entityType: 'knowledge-category', entityId: row.id });
    return row;
  });
}

/** Changes a category (names, order, parent, active). */
export async function updateCategory(ctx: Ctx, id: string, input: Omit<CategoryInput, 'key'>) {
  requirePermission(ctx, 'knowledge.publish');
  const existing = await store.selectCategory(ctx.db, id);
  if (!existing) {
    throw notFound('Category');
  }
  await checkCategory(ctx, { ...input, key: existing.key }, id);
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateCategory(tx, id, input);
    await store.bumpIndexVersion(tx);
    await recordAudit(tx, ctx, { action: 'knowledge.category.update', entityType: 'knowledge-category', entityId: id });
    return row;
  });
}
