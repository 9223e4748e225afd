import { organisationApi, type Person } from '@yifa/domain/organisation';
import { App, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { notifyError } from '../../../app/notifier.ts';

/**
 * 显示完整信息: warns that the view is recorded, then reads the unmasked person
 * (GET /api/people/:id?unmasked=true — the server writes the audit entry; 个人信息保护法 Art. 51).
 */
export function useViewPersonal() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return (person: Person) => {
    modal.confirm({
      title: t('person.showFullConfirmTitle'),
      content: t('person.showFullConfirm'),
      okText: t('person.showFull'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const full = await call(organisationApi.getPerson, { params: { id: person.id }, query: { unmasked: 'true' } });
          modal.info({
            title: t('person.fullInfoTitle', { name: full.name }),
            width: 520,
            okText: t('common.close'),
            content: (
              <>
                <Descriptions size="small" column={1} bordered style={{ marginTop: 8 }}>
                  <Descriptions.Item label={t('person.phone')}>{full.phone ?? t('common.notSet')}</Descriptions.Item>
                  <Descriptions.Item label={t('person.idNumber')}>{full.idNumber ?? t('common.notSet')}</Descriptions.Item>
                </Descriptions>
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  {t('person.fullInfoRecorded')}
                </Typography.Paragraph>
              </>
            ),
          });
        } catch (error) {
          notifyError(error);
        }
      },
    });
  };
}
