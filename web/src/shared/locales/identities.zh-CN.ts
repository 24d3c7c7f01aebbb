/** Simplified Chinese for sign-in through the organisation's identity provider and the users page's external identities. Spread into `zh-CN.ts`; `identities.en.ts` has the same keys. */
const identitiesZhCN = {
  oidc: {
    signInWith: '通过{name}登录',
    or: '或',
    refused: '未能通过统一身份认证登录',
    refusals: {
      UNKNOWN_SUBJECT: '您的统一身份认证账号尚未绑定本系统账号，请联系系统管理员绑定。',
      ACCOUNT_DISABLED: '绑定的本系统账号已停用，请联系系统管理员。',
      BAD_STATE: '登录请求已失效或不是从本浏览器发起的，请重新点击登录。',
      PROVIDER_ERROR: '统一身份认证未能完成登录（已取消或校验未通过），请重试。',
      RATE_LIMITED: '登录尝试过于频繁，请稍后再试。',
      UNAVAILABLE: '登录服务暂时不可用，请稍后再试。',
    },
    unknownRefusal: '统一身份认证登录失败，请重试。',
  },
  identities: {
    manage: '统一身份认证',
    title: '{name} 的统一身份认证绑定',
    description: '以下统一身份认证账号（签发方 + 用户标识）登录时即以本账号进入系统。',
    issuer: '签发方',
    subject: '用户标识（sub）',
    linkedAt: '绑定时间',
    how: '绑定方式',
    byAdministrator: '管理员绑定',
    byClaim: '首次登录自动匹配',
    none: '尚未绑定统一身份认证账号',
    addTitle: '新增绑定',
    issuerPlaceholder: '留空则使用已配置的统一身份认证（{issuer}）',
    issuerPlaceholderNone: '未配置统一身份认证，请填写签发方地址',
    subjectPlaceholder: '统一身份认证中该人员的用户标识',
    link: '绑定',
    linked: '已绑定',
    unlink: '解除绑定',
    unlinkConfirm: '解除 {name} 与统一身份认证账号“{subject}”的绑定？解除后该身份将无法登录为此账号。',
    unlinked: '已解除绑定',
  },
};

export default identitiesZhCN;
