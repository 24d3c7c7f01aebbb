/** Simplified Chinese for "my settings" (notifications by e-mail) and the administrator's e-mail column. Spread into `zh-CN.ts`; `mail.en.ts` has the same keys. */
const mailZhCN = {
  mail: {
    menu: '我的设置',
    userMenu: '用户菜单',
    title: '我的设置',
    description: '设置接收通知的电子邮箱和方式。系统内的通知始终保留，邮件只是另一种提醒。',
    notificationsTitle: '通知方式',
    email: '电子邮箱',
    emailPlaceholder: "如：zhangsan{'@'}example.gov.cn",
    emailHint: '留空则只在系统内接收通知。',
    delivery: '邮件提醒',
    deliveries: { IMMEDIATE: '每条通知即时发送', DAILY_DIGEST: '每日汇总一封' },
    digestHint: '每日汇总在北京时间 {hour} 时发送前一天的全部通知。',
    mailOff: '本系统尚未配置邮件服务器，通知暂时只在系统内显示；您设置的邮箱将在配置后生效。',
    saved: '通知方式已保存',
    setEmail: '设置邮箱',
    setEmailTitle: '设置 {name} 的电子邮箱',
    setEmailHint: '通知将发送到此邮箱；留空则删除邮箱，只在系统内通知。',
    emailSaved: '邮箱已保存',
    noEmail: '未设置',
  },
};

export default mailZhCN;
