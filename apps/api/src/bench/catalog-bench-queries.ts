import type { PublicCatalogQuery } from '../modules/catalog/catalog-public-search.js';

/** The data and the requests of the public catalog benchmark, shared by its runner and its callers. */
export const CATEGORIES = Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
export const WORDS = [
  '关于',
  '印发',
  '通知',
  '公告',
  '文化',
  '市场',
  '综合',
  '执法',
  '规范',
  '预算',
  '决算',
  '审计',
  '整改',
  '税务',
  '环境',
  '保护',
  '交通',
  '运输',
  '教育',
  '卫生',
  '健康',
  '住房',
  '保障',
  '安全',
  '生产',
  '应急',
  '管理',
  '农业',
  '农村',
  '社会',
  '救助',
  '养老',
  '服务',
  '工作',
  '方案',
  '实施',
  '意见',
  '办法',
  '规划',
  '报告',
];

export type Kind = 'list' | 'search3' | 'search12';

/** Pages a search term is asked for, one after another: a caller reading on. */
const SEARCH_PAGES = 5;

/**
 * The request numbered `counter`. Lists cycle through the 8 categories (answers repeat: the cache's case).
 * Search terms vary so that most API searches miss the cache: 3+ characters are two words of the list
 * (1,600 terms, 4 characters); 1–2 characters are one character of a word (80 terms) or the 2 characters
 * across two words (1,600). Once every term has been asked, they are asked again for their next page, so
 * a run never comes back to an answer it has had until 5 × 1,600 requests (more than the cache keeps).
 */
export function benchQuery(kind: Kind, counter: number): PublicCatalogQuery {
  const a = WORDS[counter % 40];
  const b = WORDS[Math.floor(counter / 40) % 40];
  if (kind === 'list') return { categoryId: CATEGORIES[counter % 8], offset: 0, limit: 20 };
  const offset = 20 * (Math.floor(counter / 1600) % SEARCH_PAGES);
  if (kind === 'search3') return { search: a + b, offset, limit: 20 };
  return {
    search: counter % 3 === 0 ? a[Math.floor(counter / 40) % 2] : a[1] + b[0],
    offset,
    limit: 20,
  };
}
