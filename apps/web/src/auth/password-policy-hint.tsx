import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { isPasswordAcceptable, passwordClasses } from '@yifa/domain';
import { useTranslation } from 'react-i18next';

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
}

/** The policy rules as the user types (GB/T 22239-2019 §8.1.4.1 a, via @yifa/domain's checker). */
export function passwordPolicyChecks(password: string, policy: PasswordPolicy) {
  return {
    isLongEnough: password.length >= policy.minLength,
    classCount: passwordClasses(password),
    hasEnoughClasses: passwordClasses(password) >= policy.minClasses,
    isShortEnough: password.length <= 128,
    isAcceptable: isPasswordAcceptable(password, { passwordMinLength: policy.minLength, passwordMinClasses: policy.minClasses }),
  };
}

/**
 * The password rules with a tick or a cross each, updated as the user types; read politely by
 * screen readers. The same checker runs on the server, so a password shown acceptable is accepted.
 */
export function PasswordPolicyHint({ password, policy, id }: { password: string; policy: PasswordPolicy; id?: string }) {
  const { t } = useTranslation();
  const checks = passwordPolicyChecks(password, policy);
  const rules = [
    { key: 'length', isMet: checks.isLongEnough, text: t('auth.policyLength', { min: policy.minLength }) },
    { key: 'classes', isMet: checks.hasEnoughClasses, text: t('auth.policyClasses', { min: policy.minClasses, count: checks.classCount }) },
    ...(checks.isShortEnough ? [] : [{ key: 'max', isMet: false, text: t('auth.policyMax') }]),
  ];
  return (
    <div id={id} aria-live="polite" style={{ fontSize: 13, lineHeight: '22px', margin: '-8px 0 12px' }}>
      <div style={{ color: '#595959' }}>{t('auth.policyTitle')}</div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rules.map((rule) => (
          <li
            key={rule.key}
            data-rule={rule.key}
            data-met={rule.isMet ? 'true' : 'false'}
            style={{ color: rule.isMet ? '#2f7d32' : '#8c8c8c' }}
          >
            {rule.isMet ? <CheckCircleFilled aria-hidden /> : <CloseCircleOutlined aria-hidden />} {rule.text}
            <span className="yifa-visually-hidden">{` (${rule.isMet ? t('auth.policyMet') : t('auth.policyNotMet')})`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
