import { SelectInput, TextInput } from 'react-admin';
import { REPRESENTATIVE_TYPE_CHOICES } from './representative-labels';

const wide = { width: 480 } as const;
const CONTACT_HINT = '联系方式仅名册维护人员可见；至少填写一种';

/** The fields of RepresentativeInput, shared by create and edit (seed §6-1: the four kinds). */
export const RepresentativeInputs = () => (
  <>
    <TextInput source="name" label="姓名" sx={wide} />
    <SelectInput source="type" label="代表类别" choices={REPRESENTATIVE_TYPE_CHOICES} sx={wide} />
    <TextInput source="organisation" label="工作单位" sx={wide} />
    <TextInput source="title" label="职务职称" sx={wide} />
    <TextInput source="expertise" label="专业领域" sx={wide} />
    <TextInput source="phone" label="联系电话" helperText={CONTACT_HINT} sx={wide} />
    <TextInput source="email" label="电子邮箱" helperText={CONTACT_HINT} sx={wide} />
    <TextInput source="postalAddress" label="通信地址" helperText={CONTACT_HINT} sx={wide} />
  </>
);
