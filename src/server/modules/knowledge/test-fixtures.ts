/** Fixtures of the knowledge-base tests: categories and published articles written through the services. */
import { systemContext, type Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { uniqueSuffix } from '../../testing/factories';
import { createArticle, reviewArticle, submitForReview } from './articles';
import { createCategory } from './catalogue';
import type { ArticleTranslation } from './tables';

const system = (db: Db): Ctx => systemContext(db, 'test');

/** A top-level category with names in English and Romanian. */
export async function createTestCategory(db: Db, names: Record<string, string> = { en: 'Asylum procedure', ro: 'Procedura de azil' }, parentId: string | null = null) {
  return createCategory(systemContext(db, 'test'), { key: `cat-${uniqueSuffix()}`, parentId, position: 0, names, active: true });
}

/** An article written, reviewed and published, returning its id. */
export async function publishTestArticle(db: Db, categoryId: string, translations: Record<string, ArticleTranslation>, key = `article-${uniqueSuffix()}`): Promise<string> {
  const created = await createArticle(system(db), { key, categoryId, translations });
  await submitForReview(system(db), created.id);
  await reviewArticle(system(db), created.id, { decision: 'publish' });
  return created.id;
}
