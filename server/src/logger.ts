import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export function createLogger(config: Pick<Config, 'logLevel' | 'nodeEnv'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'asn-merit' },
    // Personal data must never reach the logs (UU PDP 27/2022).
    redact: { paths: ['*.password', '*.passwordHash', '*.nik', '*.token', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
