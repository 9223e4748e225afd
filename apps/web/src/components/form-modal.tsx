import { Form, Modal, type FormInstance } from 'antd';
import type { FC, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keepEnterInPickers } from './keep-enter-in-pickers.ts';

export interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  onSubmit: (values: V) => void;
  onCancel: () => void;
  isSubmitting?: boolean;
  initialValues?: Partial<V>;
  okText?: ReactNode;
  width?: number;
  /** Shows the fields disabled, with only a Close button. */
  isReadOnly?: boolean;
  children: ReactNode;
}

/**
 * A dialog whose whole content (footer buttons included) is one <form>: Enter in a field submits,
 * Esc closes, and antd keeps the focus inside the dialog while it is open. Enter in a date picker
 * only confirms the date (keepEnterInPickers).
 */
export function FormModal<V extends object>({
  open,
  title,
  form,
  onSubmit,
  onCancel,
  isSubmitting,
  initialValues,
  okText,
  width = 560,
  isReadOnly = false,
  children,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? t('common.save')}
      cancelText={isReadOnly ? t('common.close') : t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      {...(isReadOnly ? { footer: (_: ReactNode, { CancelBtn }: { CancelBtn: FC }) => <CancelBtn /> } : {})}
      confirmLoading={isSubmitting ?? false}
      onCancel={onCancel}
      destroyOnHidden
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form<V>
          form={form}
          layout="vertical"
          disabled={isReadOnly}
          clearOnDestroy
          initialValues={initialValues}
          onFinish={onSubmit}
          onKeyDown={keepEnterInPickers}
          scrollToFirstError
        >
          {dom}
        </Form>
      )}
    >
      {children}
    </Modal>
  );
}
