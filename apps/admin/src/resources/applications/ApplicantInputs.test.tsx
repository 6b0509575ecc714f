// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, Form } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18n-provider';
import { validateApplicationIntake } from './application-validation';
import { ApplicantInputs } from './ApplicantInputs';
import { ApplicationResultInputs } from './ApplicationResultInputs';

afterEach(cleanup);

/** Inputs in a react-admin form; what was submitted (after the form's validation) is kept. */
function renderForm(
  children: ReactNode,
  defaultValues: Record<string, unknown>,
  validate: (values: Record<string, unknown>) => object = () => ({}),
) {
  const submitted: Array<Record<string, unknown>> = [];
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <Form
        defaultValues={defaultValues}
        validate={validate}
        onSubmit={(values: Record<string, unknown>) => {
          submitted.push(values);
        }}
      >
        {children}
        <button type="submit">提交</button>
      </Form>
    </AdminContext>,
  );
  return submitted;
}

/** Opens a MUI select by its label and picks an option. */
async function choose(label: RegExp, option: string) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: label }));
  fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}

const intake = {
  channel: 'IN_PERSON',
  arrivedDate: '2026-11-23',
  receivedDate: '2026-11-23',
  description: '某项目的环评批复',
  deliveryForm: 'PAPER',
};

describe('the applicant block', () => {
  it('shows a person’s identity fields, then an organisation’s, clearing what the other kind held', async () => {
    const submitted = renderForm(
      <ApplicantInputs />,
      {
        ...intake,
        applicant: {
          applicantType: 'NATURAL_PERSON',
          name: '李明',
          idType: 'PASSPORT',
          idNumber: 'E12345678',
          phone: '010-1234',
        },
      },
      validateApplicationIntake,
    );
    expect(await screen.findByTestId('applicant-person')).toBeTruthy();
    expect(screen.queryByTestId('applicant-organisation')).toBeNull();
    expect((screen.getByRole('textbox', { name: /姓名/ }) as HTMLInputElement).value).toBe('李明');

    await choose(/申请人类型/, '商业企业');
    expect(await screen.findByTestId('applicant-organisation')).toBeTruthy();
    expect(screen.queryByTestId('applicant-person')).toBeNull();
    expect(screen.queryByRole('textbox', { name: /姓名/ })).toBeNull();

    // The organisation's own rules apply, with the domain's zh-CN messages on its inputs.
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请填写单位名称')).toBeTruthy();
    expect(screen.getByText('请填写联系人')).toBeTruthy();
    expect(submitted).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: /单位名称/ }), {
      target: { value: '某科技有限公司' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /联系人/ }), { target: { value: '张经理' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]!.applicant).toMatchObject({
      applicantType: 'COMMERCIAL_ENTERPRISE',
      organisationName: '某科技有限公司',
      contactPerson: '张经理',
      name: null,
      idType: null,
      idNumber: null,
    });
  });

  it('switching back to a person clears the organisation’s fields', async () => {
    const submitted = renderForm(<ApplicantInputs />, {
      applicant: { applicantType: 'OTHER_ORGANISATION', organisationName: '某协会', contactPerson: '赵' },
    });
    await choose(/申请人类型/, '自然人');
    expect(await screen.findByTestId('applicant-person')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]!.applicant).toMatchObject({
      applicantType: 'NATURAL_PERSON',
      organisationName: null,
      creditCode: null,
      contactPerson: null,
    });
  });
});

describe('the reply’s result selects', () => {
  it('offers the sub-reasons of the chosen category and clears the sub-reason when the category changes', async () => {
    const submitted = renderForm(<ApplicationResultInputs />, {});
    expect(screen.queryByRole('combobox', { name: /具体情形/ })).toBeNull();

    await choose(/办理结果/, '无法提供');
    await choose(/具体情形/, '本机关不掌握相关政府信息');
    expect(await screen.findByRole('textbox', { name: /负责公开该信息的机关/ })).toBeTruthy();

    await choose(/办理结果/, '不予处理');
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: /具体情形/ }));
    const options = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(expect.arrayContaining(['信访举报投诉类申请', '重复申请', '要求提供公开出版物']));
    expect(options).not.toContain('本机关不掌握相关政府信息');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: /负责公开该信息的机关/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toMatchObject({ resultCategory: 'NOT_PROCESSED', resultReason: null });
  });

  it('asks for the withholding reasons when withheld, and index numbers when already disclosed', async () => {
    renderForm(<ApplicationResultInputs />, {});
    await choose(/办理结果/, '不予公开');
    expect(await screen.findByRole('combobox', { name: /不予公开的理由/ })).toBeTruthy();
    await choose(/办理结果/, '予以公开');
    expect(screen.queryByRole('combobox', { name: /具体情形/ })).toBeNull();
    expect(await screen.findByRole('textbox', { name: /索引号/ })).toBeTruthy();
  });
});
