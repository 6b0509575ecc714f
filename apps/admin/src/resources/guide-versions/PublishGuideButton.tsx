import PublishIcon from '@mui/icons-material/Publish';
import { ConfirmedActionButton } from '../../shared/ConfirmedActionButton';
import type { GuideVersion } from './guide-version.resource';

/** 发布 (publishGuideVersion): the draft becomes the guide external apps read; it cannot be changed afterwards. */
export const PublishGuideButton = () => (
  <ConfirmedActionButton<GuideVersion>
    resource="guideVersions"
    action="publish"
    isDone={(version) => Boolean(version.publishedAt)}
    label="gdp.guide.publish"
    icon={<PublishIcon />}
    successMessage="gdp.guide.published"
    title="gdp.guide.publish_title"
    content="gdp.guide.publish_content"
    translateOptions={(version) => ({ version: version.versionNumber })}
  />
);
