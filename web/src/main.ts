import { createApp } from 'vue';
import 'element-plus/dist/index.css';
import './shared/theme.css';
import App from './App.vue';
import { clearSession, loadViewer } from './auth/session';
import { createAppRouter } from './router';
import { onPasswordChangeRequired, onUnauthenticated } from './shared/api';
import { applyDocumentLocale, currentLocale, i18n } from './shared/i18n';

const router = createAppRouter();

// The session ended on the server (expired, signed out elsewhere): back to sign-in, then back here.
onUnauthenticated(() => {
  clearSession();
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  void router.replace({ path: '/sign-in', query: { redirect: current.fullPath, expired: '1' } });
});

// The password ran out (or was reset) during the session: learn so from `me`, and the guard leads to the change.
onPasswordChangeRequired(() => {
  const current = router.currentRoute.value;
  if (current.path === '/change-password') return;
  void loadViewer(true).then(() => router.replace({ path: '/change-password', query: { redirect: current.fullPath } }));
});

applyDocumentLocale(currentLocale.value);
createApp(App).use(i18n).use(router).mount('#app');
