import { describe, expect, it } from 'vitest';
import { describeServer } from './server-status.js';

describe('describeServer', () => {
  it('marks demo mode visibly', () => {
    expect(describeServer({ name: '政务公开管理平台', demoMode: true })).toContain('演示模式');
    expect(describeServer({ name: '政务公开管理平台', demoMode: false })).not.toContain('演示模式');
  });
});
