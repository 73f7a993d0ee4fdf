/** The HTML of the public help pages: a small shell (no framework, one stylesheet, one optional script) and each page's body. */
import { escapeHtml, markdownToHtml } from '../../../../common/markdown';
import type { Ranges } from '../search/highlight';
import { pageStrings, type PageStrings } from './strings';

export interface Language {
  code: string;
  nativeName: string;
  rtl: boolean;
}

export interface Shell {
  language: Language;
  languages: readonly Language[];
  title: string;
  /** The path of this page in another language (for the language picker). */
  pathIn: (code: string) => string;
  query?: string;
  allLanguages?: boolean;
}

/** Text with the given ranges wrapped in <mark>, everything escaped. */
export function highlighted(text: string, ranges: Ranges): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) {
      continue;
    }
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

/** The page around a body: language, direction, picker, search form. */
export function page(shell: Shell, body: string): string {
  const t = pageStrings(shell.language.code);
  const lang = escapeHtml(shell.language.code);
  const picker = shell.languages
    .map((l) => `<a href="${escapeHtml(shell.pathIn(l.code))}" hreflang="${escapeHtml(l.code)}" lang="${escapeHtml(l.code)}"${l.code === shell.language.code ? ' aria-current="true"' : ''}>${escapeHtml(l.nativeName)}</a>`)
    .join('');
  return `<!doctype html>
<html lang="${lang}" dir="${shell.language.rtl ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(shell.title)} · ${escapeHtml(t.title)}</title>
<link rel="stylesheet" href="/help/assets/help.css">
<script src="/help/assets/help.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t.skip)}</a>
<header>
<p class="brand"><a href="/help/${lang}">${escapeHtml(t.title)}</a></p>
<nav class="languages" aria-label="${escapeHtml(t.language)}">${picker}</nav>
<form class="search" role="search" action="/help/${lang}/search" method="get">
<label for="q">${escapeHtml(t.search)}</label>
<input id="q" name="q" type="search" value="${escapeHtml(shell.query ?? '')}" placeholder="${escapeHtml(t.searchPlaceholder)}" autocomplete="off" maxlength="200" data-lang="${lang}">
<button type="submit">${escapeHtml(t.search)}</button>
<label class="all"><input type="checkbox" name="all" value="1"${shell.allLanguages ? ' checked' : ''}> ${escapeHtml(t.allLanguages)}</label>
</form>
<div id="suggestions" class="suggestions" aria-live="polite"></div>
</header>
<main id="main">
${body}
</main>
<footer><p>${escapeHtml(t.callUs)}</p></footer>
</body>
</html>`;
}

export interface CategoryLink {
  key: string;
  parentId: string | null;
  id: string;
  name: string;
  articles: number;
}

/** The home page: topics and their sub-topics with their numbers of answers. */
export function homeBody(t: PageStrings, lang: string, categories: readonly CategoryLink[]): string {
  const tops = categories.filter((c) => c.parentId === null && c.articles > 0);
  const item = (c: CategoryLink) => `<a href="/help/${escapeHtml(lang)}/topics/${escapeHtml(c.key)}">${escapeHtml(c.name)}</a> <span class="count">${escapeHtml(t.articles(c.articles))}</span>`;
  return `<h1>${escapeHtml(t.categories)}</h1>
<ul class="topics">${tops
    .map((top) => {
      const children = categories.filter((c) => c.parentId === top.id && c.articles > 0);
      return `<li>${item(top)}${children.length > 0 ? `<ul>${children.map((c) => `<li>${item(c)}</li>`).join('')}</ul>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

/** A topic's page: its questions. */
export function topicBody(t: PageStrings, lang: string, name: string, articles: readonly { key: string; question: string; language: string; translated: boolean }[]): string {
  return `<p><a href="/help/${escapeHtml(lang)}">${escapeHtml(t.home)}</a></p>
<h1>${escapeHtml(name)}</h1>
<ul class="questions">${articles
    .map((a) => `<li><a href="/help/${escapeHtml(lang)}/answers/${escapeHtml(a.key)}"${a.translated ? '' : ` lang="${escapeHtml(a.language)}"`}>${escapeHtml(a.question)}</a></li>`)
    .join('')}</ul>`;
}

export interface ArticleView {
  key: string;
  question: string;
  answer: string;
  language: Language;
  fallbackUsed: boolean;
  requested: Language;
  category: { key: string; name: string } | null;
  feedback: 'thanks' | null;
}

/** An article's page: the answer (in the fallback language with a notice), and "was this helpful?". */
export function articleBody(t: PageStrings, view: ArticleView): string {
  const lang = escapeHtml(view.requested.code);
  const notice = view.fallbackUsed ? `<p class="notice" role="note">${escapeHtml(t.fallbackNotice(view.requested.nativeName, view.language.nativeName))}</p>` : '';
  const crumbs = view.category ? `<p><a href="/help/${lang}">${escapeHtml(t.home)}</a> › <a href="/help/${lang}/topics/${escapeHtml(view.category.key)}">${escapeHtml(view.category.name)}</a></p>` : '';
  const feedback =
    view.feedback === 'thanks'
      ? `<p class="thanks" role="status">${escapeHtml(t.thanks)}</p>`
      : `<form class="helpful" method="post" action="/help/${lang}/answers/${escapeHtml(view.key)}/feedback">
<fieldset><legend>${escapeHtml(t.helpfulQuestion)}</legend>
<button type="submit" name="helpful" value="yes">${escapeHtml(t.yes)}</button>
<button type="submit" name="helpful" value="no">${escapeHtml(t.no)}</button>
</fieldset></form>`;
  const direction = view.language.rtl ? 'rtl' : 'ltr';
  return `${crumbs}${notice}
<article lang="${escapeHtml(view.language.code)}" dir="${direction}">
<h1>${escapeHtml(view.question)}</h1>
${markdownToHtml(view.answer)}
</article>
${feedback}`;
}

export interface ResultView {
  key: string;
  language: string;
  question: string;
  questionHighlights: Ranges;
  snippet: string;
  snippetHighlights: Ranges;
}

/** Search results with the matched words marked. */
export function resultsBody(t: PageStrings, lang: string, query: string, results: readonly ResultView[]): string {
  if (query.trim() === '') {
    return `<h1>${escapeHtml(t.search)}</h1>`;
  }
  if (results.length === 0) {
    return `<h1>${escapeHtml(t.resultsFor(query))}</h1><p class="empty">${escapeHtml(t.noResults(query))}</p>`;
  }
  return `<h1>${escapeHtml(t.resultsFor(query))}</h1>
<ol class="results">${results
    .map(
      (r) => `<li lang="${escapeHtml(r.language)}"><a href="/help/${escapeHtml(lang)}/answers/${escapeHtml(r.key)}${r.language === lang ? '' : `?fallback=${escapeHtml(r.language)}`}">${highlighted(r.question, r.questionHighlights)}</a>
<p>${highlighted(r.snippet, r.snippetHighlights)}</p></li>`,
    )
    .join('')}</ol>`;
}
