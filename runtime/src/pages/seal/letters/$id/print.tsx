import type { LetterView } from '@flowhall/plugin-seal/client';
import { Alert, App, Button, Spin, Tag } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'umi';
import { useLocale } from '../../../../i18n/locale-context';
import { hasAnyRole } from '../../../../session/roles';
import { useSession } from '../../../../session/session-context';
import styles from '../../../../seal/letter-sheet.less';
import { chineseDate, LETTER_ISSUER, personsText, verifyUrl } from '../../../../seal/letter-text';
import { seal } from '../../../../seal/seal-client';
import { LETTER_STATUS_COLOR, LETTER_STATUS_LABEL } from '../../../../seal/seal-labels';

const OFFICE = ['office-director', 'office-staff', 'seal-custodian', 'office-admin', 'platform-admin'];

/** A printable A4 introduction letter with a QR code to its public verification page. */
export default function LetterPrintPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { state } = useSession();
  const [letter, setLetter] = useState<LetterView>();
  const [error, setError] = useState<string>();
  const office = state.status === 'signed-in' && hasAnyRole(state.user, OFFICE);

  useEffect(() => {
    seal
      .letter(Number(id))
      .then(setLetter)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [id]);

  const mark = (status: 'used' | 'void') =>
    seal
      .setLetterStatus(Number(id), status)
      .then(setLetter)
      .catch((err: unknown) => message.error(err instanceof Error ? err.message : String(err)));

  if (error)
    return (
      <Alert style={{ margin: 24 }} type="error" showIcon message={t('sealLoadFailed', { message: error })} />
    );
  if (!letter) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <Button onClick={() => navigate(-1)}>{t('sealLetterBack')}</Button>
        <Button type="primary" onClick={() => window.print()}>
          {t('sealPrintLetter')}
        </Button>
        <Tag color={LETTER_STATUS_COLOR[letter.status]} style={{ alignSelf: 'center' }}>
          {t(LETTER_STATUS_LABEL[letter.status])}
        </Tag>
        {office && letter.status === 'issued' && (
          <>
            <Button onClick={() => mark('used')}>{t('sealLetterMarkUsed')}</Button>
            <Button danger onClick={() => mark('void')}>
              {t('sealLetterMarkVoid')}
            </Button>
          </>
        )}
      </div>
      <article className={styles.sheet} lang="zh-CN" data-testid="letter-sheet">
        <h1 className={styles.title}>介绍信</h1>
        <div className={styles.number}>{letter.letterNo}</div>
        <p>{letter.receivingOrg}：</p>
        <p className={styles.body}>
          兹介绍我校{personsText(letter.persons)}前往贵单位{letter.purpose.replace(/[。.]$/, '')}
          ，请予接洽为盼。
        </p>
        <p className={styles.validity}>
          （本介绍信有效期{letter.validDays}天，至{chineseDate(letter.validUntil)}止）
        </p>
        <div className={styles.footer}>
          <div
            className={styles.qr}
            data-testid="letter-qr"
            data-url={verifyUrl(window.location.origin, letter.code)}
          >
            <QRCodeSVG value={verifyUrl(window.location.origin, letter.code)} size={112} level="M" />
            <div>扫码核验真伪</div>
          </div>
          <div className={styles.sign}>
            <div>{LETTER_ISSUER}</div>
            <div>{chineseDate(letter.issuedOn)}</div>
          </div>
        </div>
      </article>
    </div>
  );
}
