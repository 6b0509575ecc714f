// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberSession } from '../../providers/session-hint';
import { apiError, renderInConsole } from '../meetings/console-test-kit';
import { RepresentativeCreate } from './RepresentativeCreate';

const registered = {
  id: 'r9',
  name: '张三',
  type: 'STAKEHOLDER',
  organisation: '幸福里社区居委会',
  title: null,
  expertise: null,
  phone: '13800000000',
  email: null,
  postalAddress: null,
  state: 'ACTIVE',
  eligibilityOutcome: null,
  eligibilityCheckedAt: null,
  isInvitable: false,
  version: 1,
  createdAt: '2026-11-26T02:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
  eligibilityBasis: null,
  eligibilityCheckedById: null,
  eligibilityChecks: [],
  participation: [],
};

const DUPLICATE = apiError(
  '名册中已有可能是同一人的社会代表：张三。如确认不是同一人，请勾选“确认不是同一人”后再保存',
  {
    code: 'CONFLICT',
    reason: 'REPRESENTATIVE.LIKELY_DUPLICATE',
    duplicates: [{ id: 'r1', name: '张三', organisation: '幸福里社区居委会' }],
  },
);

/** The registry's keeper registers; the API refuses a likely duplicate until it is confirmed. */
const renderCreate = () =>
  renderInConsole(
    <ResourceContextProvider value="representatives">
      <RepresentativeCreate />
    </ResourceContextProvider>,
    'LEADERSHIP_OFFICE',
    (call) =>
      call.operationName !== 'RegisterRepresentative'
        ? apiError('unexpected', { code: 'INTERNAL' })
        : call.variables.confirmNotDuplicate
          ? { data: { registerRepresentative: registered } }
          : DUPLICATE,
  );

afterEach(() => {
  cleanup();
  rememberSession(false);
});

describe('registering a representative', () => {
  it('shows the likely duplicates and registers only after 确认不是同一人', async () => {
    const { calls } = renderCreate();
    fireEvent.change(await screen.findByRole('textbox', { name: /姓名/ }), { target: { value: '张三' } });
    fireEvent.change(screen.getByRole('textbox', { name: /工作单位/ }), {
      target: { value: '幸福里社区居委会' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /联系电话/ }), { target: { value: '13800000000' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const warning = await screen.findByTestId('representative-duplicates');
    expect(within(warning).getByRole('link', { name: '张三' }).getAttribute('href')).toContain(
      '/representatives/r1/show',
    );
    expect(within(warning).getByText(/幸福里社区居委会/)).toBeTruthy();
    const registrations = () => calls.filter((call) => call.operationName === 'RegisterRepresentative');
    expect(registrations()).toHaveLength(1);
    expect(registrations()[0]!.variables.confirmNotDuplicate).toBe(false);

    fireEvent.click(within(warning).getByRole('button', { name: '确认不是同一人' }));
    await waitFor(() => expect(registrations()).toHaveLength(2));
    expect(registrations()[1]!.variables).toEqual({
      confirmNotDuplicate: true,
      input: {
        name: '张三',
        type: 'STAKEHOLDER',
        organisation: '幸福里社区居委会',
        title: null,
        expertise: null,
        phone: '13800000000',
        email: null,
        postalAddress: null,
      },
    });
  });

  it('asks for a contact before anything is sent', async () => {
    const { calls } = renderCreate();
    fireEvent.change(await screen.findByRole('textbox', { name: /姓名/ }), { target: { value: '李四' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('请至少填写一种联系方式（电话、电子邮箱或通信地址）')).toBeTruthy();
    expect(calls.some((call) => call.operationName === 'RegisterRepresentative')).toBe(false);
  });
});
