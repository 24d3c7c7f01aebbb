import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailSettings } from '../../server/mail/mail-settings.js';

/** A real SMTP server on 127.0.0.1 for tests: it keeps every message it accepted, parsed; it can be stopped, started again on its port, or made to refuse. */
export interface TestSmtp {
  port: number;
  messages: ParsedMail[];
  /** Refuse every recipient with this SMTP reply code (451: try later, 550: never), or accept again with null. */
  refuse: (code: number | null) => void;
  stop: () => Promise<void>;
  /** Listens again on the same port. */
  start: () => Promise<void>;
  /** Mail settings that send through this server. */
  settings: (overrides?: Partial<MailSettings>) => MailSettings;
}

export async function startSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let refusal: number | null = null;
  let server: SMTPServer | null = null;
  let port = 0;
  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (refusal === null) return callback();
        callback(Object.assign(new Error(refusal >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: refusal }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            messages.push(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.server.address() as AddressInfo).port;
  };
  await listen();
  return {
    get port() {
      return port;
    },
    messages,
    refuse: (code) => {
      refusal = code;
    },
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
    settings: (overrides = {}) => ({
      transport: { host: '127.0.0.1', port, secure: false, ignoreTLS: true },
      from: '"干部考核系统" <kaohe@qinghe.gov.cn>',
      publicUrl: 'https://kaohe.qinghe.gov.cn',
      digestHour: 8,
      escalationWorkingDays: 2,
      maxAttempts: 10,
      maxAgeHours: 72,
      ...overrides,
    }),
  };
}
