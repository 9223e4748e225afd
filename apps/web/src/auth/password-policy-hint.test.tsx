import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { PasswordPolicyHint } from './password-policy-hint.tsx';

const policy = { minLength: 8, minClasses: 3 };

function ruleState(rule: string): string | null {
  return document.querySelector(`[data-rule="${rule}"]`)?.getAttribute('data-met') ?? null;
}

describe('PasswordPolicyHint', () => {
  it('states the policy of the session in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<PasswordPolicyHint password="" policy={policy} />);
    expect(screen.getByText(/至少 8 位/)).toBeTruthy();
    expect(screen.getByText(/至少 3 类/)).toBeTruthy();
    expect(ruleState('length')).toBe('false');
    expect(ruleState('classes')).toBe('false');
  });

  it('ticks each rule as the password meets it', () => {
    const { rerender } = render(<PasswordPolicyHint password="abcdefgh" policy={policy} />);
    expect(ruleState('length')).toBe('true');
    expect(ruleState('classes')).toBe('false');
    rerender(<PasswordPolicyHint password="Abcdefg1" policy={policy} />);
    expect(ruleState('length')).toBe('true');
    expect(ruleState('classes')).toBe('true');
  });

  it('follows a stricter policy set by the administrator', () => {
    render(<PasswordPolicyHint password="Abcdefg1" policy={{ minLength: 12, minClasses: 4 }} />);
    expect(ruleState('length')).toBe('false');
    expect(ruleState('classes')).toBe('false');
  });

  it('speaks English in English', async () => {
    await i18n.changeLanguage('en');
    render(<PasswordPolicyHint password="" policy={policy} />);
    expect(screen.getByText(/At least 8 characters/)).toBeTruthy();
    await i18n.changeLanguage('zh-CN');
  });
});
