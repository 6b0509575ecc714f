import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { demoBanner } from './db/seeds/demo-seed.js';
import { createLogger } from './logger.js';

/** Production entry: configuration from the environment, JSON logs on stdout, graceful stop on signals. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp({ config, logger });
  logger.info({ url: app.url, database: app.services.db.kind, demoMode: config.demoMode }, '政务公开管理平台已启动');
  if (app.demo) process.stderr.write(demoBanner(app.url, app.demo));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, '正在停止：等待处理中的请求完成');
    const force = setTimeout(() => {
      logger.error('停止超时，强制退出');
      process.exit(1);
    }, config.shutdownGraceMs + 15_000);
    force.unref();
    app.shutdown().then(
      () => {
        logger.info('已停止');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, '停止时出错');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`启动失败：${message}\n`);
  process.exit(1);
});
