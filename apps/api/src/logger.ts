import { SECRET_LOG_KEYS } from '@gdp/domain';
import { pino, type Logger } from 'pino';

/** Structured JSON logs; credentials and contact data are redacted wherever they appear. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const paths = [
    ...SECRET_LOG_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers["${key}"]`]),
    // A failed query's bound values (TypeORM QueryFailedError.parameters) and pg's `detail` ("Key (x)=(…)")
    // carry row data — phone numbers, e-mail addresses, password hashes. The SQL text itself stays.
    ...['parameters', 'detail'].flatMap((key) => [
      `err.${key}`,
      `err.driverError.${key}`,
      `err.cause.${key}`,
    ]),
  ];
  return pino(
    {
      level,
      base: { service: 'gdp-api' },
      redact: { paths, censor: '〔已屏蔽〕' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream | undefined,
  );
}
export type { Logger };
