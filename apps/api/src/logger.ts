import { SECRET_LOG_KEYS } from '@gdp/domain';
import { pino, type Logger } from 'pino';

/** Structured JSON logs; credentials and contact data are redacted wherever they appear. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const paths = SECRET_LOG_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers["${key}"]`]);
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
