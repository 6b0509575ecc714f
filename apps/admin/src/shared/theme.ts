import { zhCN } from '@mui/material/locale';
import { deepmerge } from '@mui/utils';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

const CJK_FONTS = [
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Source Han Sans SC"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

/** react-admin's default theme with MUI's zh-CN strings (pagination, Autocomplete…) and CJK fonts. */
export const consoleTheme: RaThemeOptions = deepmerge(deepmerge(defaultTheme, zhCN), {
  palette: { primary: { main: '#b71c1c' }, secondary: { main: '#8e1b1b' } },
  typography: { fontFamily: CJK_FONTS },
} satisfies RaThemeOptions);
