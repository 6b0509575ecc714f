import { Divider, Typography } from '@mui/material';
import { TextInput, useTranslate } from 'react-admin';

const Section = ({ title, hint }: { title: string; hint: string }) => {
  const translate = useTranslate();
  return (
    <>
      <Divider sx={{ width: '100%', mt: 2 }} />
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate(title)}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ mb: 1 }}>
        {translate(hint)}
      </Typography>
    </>
  );
};

/** The parts 条例第十二条 requires of the guide, one section each (the fields of GuideInput). */
export const GuideInputs = () => (
  <>
    <Section title="gdp.guide.sections.classification" hint="gdp.guide.hints.classification" />
    <TextInput source="classification" multiline minRows={4} fullWidth />
    <Section title="gdp.guide.sections.obtaining" hint="gdp.guide.hints.obtaining" />
    <TextInput source="proactiveDisclosure" multiline minRows={4} fullWidth />
    <TextInput source="applicationProcedure" multiline minRows={4} fullWidth />
    <Section title="gdp.guide.sections.office" hint="gdp.guide.hints.office" />
    <TextInput source="office.name" sx={{ width: 480 }} />
    <TextInput source="office.address" sx={{ width: 480 }} />
    <TextInput source="office.officeHours" sx={{ width: 480 }} />
    <TextInput source="office.telephone" sx={{ width: 320 }} />
    <TextInput source="office.fax" sx={{ width: 320 }} />
    <TextInput source="office.website" sx={{ width: 480 }} />
    <TextInput source="office.email" sx={{ width: 480 }} />
    <Section title="gdp.guide.sections.other" hint="gdp.guide.hints.other" />
    <TextInput source="otherText" multiline minRows={3} fullWidth />
  </>
);
