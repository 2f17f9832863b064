import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpSettings } from '../notify-settings';
import type { Message, Recipient } from '../message-builder';

export interface EmailChannel {
  send(message: Message, to: Recipient): Promise<void>;
  close(): void;
}

/**
 * E-mail over SMTP (R27). The Message-ID is derived from the outbox row and the recipient, so the
 * rare resend after a crash between send and record carries the same id and mail systems that
 * de-duplicate by Message-ID show it once.
 */
export function createEmailChannel(smtp: SmtpSettings): EmailChannel {
  const transporter: Transporter = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    // A stalled server must fail the send well inside the dispatcher's lease.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message, to) {
      if (!to.email) return;
      await transporter.sendMail({
        from: smtp.from,
        to: { name: to.name, address: to.email },
        subject: message.subject,
        text: `${message.text}\n`,
        html: message.html,
        messageId: `<flowhall-${message.outboxId}-${to.id}@flowhall.local>`,
        headers: { 'X-Flowhall-Event': message.event },
      });
    },
    close: () => transporter.close(),
  };
}
