import {
  EditButton,
  Labeled,
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { GuideStatusField } from './GuideStatusField';
import { PublishGuideButton } from './PublishGuideButton';
import type { GuideVersion } from './guide-version.resource';

/** Drafts are edited and published; published versions only read. */
const DraftEditButton = () => {
  const record = useRecordContext<GuideVersion>();
  return record && !record.publishedAt ? <EditButton /> : null;
};

const GuideVersionShowActions = () => (
  <TopToolbar>
    <ListButton />
    <DraftEditButton />
    <PublishGuideButton />
  </TopToolbar>
);

const TEXT = { whiteSpace: 'pre-wrap' } as const;

export const GuideVersionShow = () => (
  <Show actions={<GuideVersionShowActions />}>
    <SimpleShowLayout>
      <NumberField source="versionNumber" />
      <Labeled label="resources.guideVersions.fields.status">
        <GuideStatusField />
      </Labeled>
      <TextField source="classification" sx={TEXT} />
      <TextField source="proactiveDisclosure" sx={TEXT} />
      <TextField source="applicationProcedure" sx={TEXT} />
      <TextField source="office.name" />
      <TextField source="office.address" />
      <TextField source="office.officeHours" />
      <TextField source="office.telephone" />
      <TextField source="office.fax" />
      <TextField source="office.website" />
      <TextField source="office.email" />
      <TextField source="otherText" emptyText="—" sx={TEXT} />
      <ChinaDateField source="publishedAt" emptyText="—" />
      <ReferenceField source="publishedById" reference="users" link={false} emptyText="—" />
      <ReferenceField source="createdById" reference="users" link={false} />
      <NumberField source="version" />
      <ChinaDateField source="createdAt" />
      <ChinaDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
