// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../shared/testing';
import QuotaMeter from './QuotaMeter.vue';

const mountMeter = (props: { used: number; allowed: number; proposed: number; graded?: number }, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  mount(QuotaMeter, { props: { label: '东江区', graded: 12, ...props }, global: { plugins: [testI18n(locale)] } });

describe('QuotaMeter', () => {
  it('shows EXCELLENT used of allowed, with a meter screen readers can read', () => {
    const wrapper = mountMeter({ used: 1, allowed: 2, proposed: 1 });
    expect(wrapper.find('[data-testid=quota-figures]').text()).toBe('1 / 2');
    const meter = wrapper.find('[role=meter]');
    expect(meter.attributes('aria-valuenow')).toBe('1');
    expect(meter.attributes('aria-valuemax')).toBe('2');
    expect(meter.attributes('aria-valuetext')).toContain('待审定优秀建议 1 名');
    expect(wrapper.find('.quota__used').attributes('style')).toContain('width: 50%');
    expect(wrapper.find('.quota__pending').attributes('style')).toContain('width: 100%');
    expect(wrapper.text()).toContain('参加定等 12 人');
    expect(wrapper.find('[data-testid=quota-status]').text()).toBe('尚余 1 个名额');
  });

  it.each([
    [{ used: 1, allowed: 2, proposed: 3 }, 'tight', '少于待审定建议'],
    [{ used: 2, allowed: 2, proposed: 1 }, 'full', '名额已用完'],
    [{ used: 3, allowed: 2, proposed: 0 }, 'over', '已超出名额'],
  ])('%o reads as %s', (figures, status, text) => {
    const wrapper = mountMeter(figures);
    expect(wrapper.find('[data-testid=quota-meter]').attributes('data-status')).toBe(status);
    expect(wrapper.find('[data-testid=quota-status]').text()).toContain(text);
  });

  it('speaks English too', () => {
    const wrapper = mountMeter({ used: 0, allowed: 3, proposed: 0 }, 'en');
    expect(wrapper.find('[data-testid=quota-status]').text()).toBe('3 left');
    expect(wrapper.text()).toContain('12 graded');
  });
});
