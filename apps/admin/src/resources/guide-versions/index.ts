import MenuBookIcon from '@mui/icons-material/MenuBook';
import { GuideVersionCreate } from './GuideVersionCreate';
import { GuideVersionEdit } from './GuideVersionEdit';
import { GuideVersionList } from './GuideVersionList';
import { GuideVersionShow } from './GuideVersionShow';
import type { GuideVersion } from './guide-version.resource';

export default {
  list: GuideVersionList,
  edit: GuideVersionEdit,
  create: GuideVersionCreate,
  show: GuideVersionShow,
  icon: MenuBookIcon,
  recordRepresentation: (record: GuideVersion) => `第 ${record.versionNumber} 版`,
};
