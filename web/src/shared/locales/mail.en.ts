import type mailZhCN from './mail.zh-CN';

/** English for "my settings" (notifications by e-mail) and the administrator's e-mail column; the same keys as `mail.zh-CN.ts`. */
const mailEn: typeof mailZhCN = {
  mail: {
    menu: 'My settings',
    userMenu: 'User menu',
    title: 'My settings',
    description: 'Where and how notifications reach you by e-mail. Notifications always stay in the app as well.',
    notificationsTitle: 'Notifications',
    email: 'E-mail address',
    emailPlaceholder: "e.g. zhangsan{'@'}example.gov.cn",
    emailHint: 'Leave empty to receive notifications in the app only.',
    delivery: 'E-mail',
    deliveries: { IMMEDIATE: 'One e-mail per notification, at once', DAILY_DIGEST: 'One digest a day' },
    digestHint: 'The daily digest with all notifications of the day before goes out at {hour}:00 Beijing time.',
    mailOff: 'No mail server is configured yet: notifications show in the app only; your address takes effect once one is.',
    saved: 'Notification settings saved',
    setEmail: 'Set e-mail',
    setEmailTitle: 'E-mail address of {name}',
    setEmailHint: 'Notifications go to this address; leave it empty to remove it (in-app only).',
    emailSaved: 'E-mail address saved',
    noEmail: 'None',
  },
};

export default mailEn;
