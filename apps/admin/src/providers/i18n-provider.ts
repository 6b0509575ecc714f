import polyglotI18nProvider from 'ra-i18n-polyglot';
import { zhCN } from '../i18n/zh-CN';

/** zh-CN only (SPEC §2.4). Polyglot's locale 'zh-CN' selects its Chinese plural rule: one form. */
export const i18nProvider = polyglotI18nProvider(() => zhCN, 'zh-CN', [
  { locale: 'zh-CN', name: '简体中文' },
]);
