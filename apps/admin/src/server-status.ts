export interface ServerInfo {
  name: string;
  demoMode: boolean;
}

export const describeServer = (info: ServerInfo): string =>
  `${info.name}：服务正常${info.demoMode ? '（演示模式：演示账号见启动终端）' : ''}。管理控制台即将上线；GraphQL 接口位于 /graphql。`;
