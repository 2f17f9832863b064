import { Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';

/**
 * The guide (办事指南) as plain paragraphs: administrators type it as text, and it is never
 * parsed as HTML, so nothing in it can run in the reader's browser.
 */
export function ServiceGuide({ text }: { text: string | null }) {
  const { t } = useLocale();
  if (!text?.trim()) return <Typography.Text type="secondary">{t('noGuide')}</Typography.Text>;
  // Each line is a paragraph: guides are written as one 【section】 per line.
  const paragraphs = text
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <div data-testid="service-guide">
      {paragraphs.map((block, index) => (
        <Typography.Paragraph key={index} style={{ marginBottom: 8 }}>
          {block}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
