import { NumberInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';

/** The fields of CatalogCategoryInput; the parent is chosen among active top-level categories (two levels at most). */
export const CatalogCategoryInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput
        source="code"
        helperText={translate('gdp.catalog_categories.code_hint')}
        sx={{ width: 320 }}
      />
      <TextInput source="name" sx={{ width: 480 }} />
      <NumberInput source="sortOrder" min={0} max={9999} step={1} sx={{ width: 200 }} />
      <ReferenceInput
        source="parentId"
        reference="catalogCategories"
        filter={{ isActive: true, topLevelOnly: true }}
        perPage={100}
      >
        <SelectInput
          optionText="name"
          emptyText="gdp.catalog_categories.no_parent"
          helperText={translate('gdp.catalog_categories.parent_hint')}
          sx={{ width: 480 }}
        />
      </ReferenceInput>
    </>
  );
};
