/**
 * Knowledge-base demo data: the starter FAQ (8 categories, 54 articles in Romanian, English, Arabic and
 * Ukrainian, some in French, Russian, Dari, Pashto and Urdu), written, reviewed and published through
 * the module's own services, and a notice for the Timișoara centre's kiosk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../platform/context';
import { sites } from '../platform/auth/tables';
import { createArticle, reviewArticle, submitForReview } from '../modules/knowledge/articles';
import { createCategory } from '../modules/knowledge/catalogue';
import { insertNotice } from '../modules/knowledge/store';
import type { ArticleTranslation } from '../modules/knowledge/tables';

interface SeedCategory {
  key: string;
  names: Record<string, string>;
  children?: SeedCategory[];
}
interface SeedArticle {
  key: string;
  category: string;
  translations: Record<string, ArticleTranslation>;
}

const DIR = path.join(import.meta.dirname, 'knowledge');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as T;
}

/** Loads the starter FAQ and a kiosk notice. */
export async function seedDemoKnowledge(ctx: Ctx): Promise<void> {
  const categoryIds = new Map<string, string>();
  let position = 0;
  for (const top of readJson<SeedCategory[]>('categories.json')) {
    const parent = await createCategory(ctx, { key: top.key, parentId: null, position: position++, names: top.names, active: true });
    categoryIds.set(top.key, parent.id);
    for (const child of top.children ?? []) {
      const row = await createCategory(ctx, { key: child.key, parentId: parent.id, position: position++, names: child.names, active: true });
      categoryIds.set(child.key, row.id);
    }
  }
  const files = fs.readdirSync(DIR).filter((f) => f.startsWith('articles-') && f.endsWith('.json')).sort();
  for (const file of files) {
    for (const article of readJson<SeedArticle[]>(file)) {
      const created = await createArticle(ctx, { key: article.key, categoryId: categoryIds.get(article.category)!, translations: article.translations });
      await submitForReview(ctx, created.id);
      await reviewArticle(ctx, created.id, { decision: 'publish' });
    }
  }
  const [centre] = await ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.code, 'rc-timisoara'));
  if (centre) {
    await insertNotice(ctx.db, {
      siteId: centre.id,
      kind: 'opening-hours',
      status: 'published',
      validFrom: '2026-01-01',
      publishedAt: ctx.now(),
      translations: {
        en: { title: 'Office hours', body: 'The centre office is open **Monday to Friday, 8:00–16:00**. Medical staff: every day 9:00–13:00.' },
        ro: { title: 'Program de lucru', body: 'Biroul centrului este deschis **de luni până vineri, 8:00–16:00**. Cabinetul medical: zilnic 9:00–13:00.' },
        ar: { title: 'ساعات العمل', body: 'مكتب المركز مفتوح **من الاثنين إلى الجمعة، 8:00–16:00**. الطاقم الطبي: يوميًا 9:00–13:00.' },
        uk: { title: 'Години роботи', body: 'Офіс центру працює **з понеділка по пʼятницю, 8:00–16:00**. Медичний персонал: щодня 9:00–13:00.' },
      },
    });
  }
}
