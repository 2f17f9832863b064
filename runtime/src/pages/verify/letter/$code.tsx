import type { LetterVerification } from '@flowhall/plugin-seal/client';
import { Alert, Card, Descriptions, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'umi';
import { useLocale } from '../../../i18n/locale-context';
import { seal } from '../../../seal/seal-client';
import { LETTER_STATUS_COLOR, LETTER_STATUS_LABEL } from '../../../seal/seal-labels';

type Answer = { state: 'loading' } | { state: 'found'; letter: LetterVerification } | { state: 'missing' };

/** Public, no sign-in: what the receiving organisation sees when it scans a letter's QR code. */
export default function VerifyLetterPage() {
  const { code = '' } = useParams<{ code: string }>();
  const { t } = useLocale();
  const [answer, setAnswer] = useState<Answer>({ state: 'loading' });

  useEffect(() => {
    seal
      .verifyLetter(code)
      .then((letter) => setAnswer({ state: 'found', letter }))
      .catch(() => setAnswer({ state: 'missing' }));
  }, [code]);

  return (
    <div style={{ maxWidth: 560, margin: '0 auto', padding: '24px 16px' }}>
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {t('sealVerifyTitle')}
      </Typography.Title>
      {answer.state === 'loading' && <Spin style={{ display: 'block', margin: 48 }} />}
      {answer.state === 'missing' && <Alert type="warning" showIcon message={t('sealVerifyNotFound')} />}
      {answer.state === 'found' && (
        <Card>
          <div style={{ textAlign: 'center', marginBottom: 16 }}>
            <Tag
              color={LETTER_STATUS_COLOR[answer.letter.status]}
              style={{ fontSize: 18, padding: '6px 16px' }}
              data-testid="letter-status"
            >
              {t(LETTER_STATUS_LABEL[answer.letter.status])}
            </Tag>
          </div>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('sealVerifyNumber')}>{answer.letter.letterNo}</Descriptions.Item>
            <Descriptions.Item label={t('sealVerifyOrg')}>{answer.letter.receivingOrg}</Descriptions.Item>
            <Descriptions.Item label={t('sealVerifyIssued')}>
              {answer.letter.issuedOn}（{t('sealVerifyDays', { days: answer.letter.validDays })}）
            </Descriptions.Item>
            <Descriptions.Item label={t('sealVerifyValidUntil')}>
              {answer.letter.validUntil}
            </Descriptions.Item>
            <Descriptions.Item label={t('sealVerifyIssuer')}>{answer.letter.issuer}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t('sealVerifyNote')}
          </Typography.Paragraph>
        </Card>
      )}
    </div>
  );
}
