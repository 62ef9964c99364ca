import { createRouter, createWebHistory } from 'vue-router'
import { session } from './stores/session'

export const router = createRouter({
  history: createWebHistory('/h5/'),
  routes: [
    { path: '/', redirect: '/tasks' },
    { path: '/login', name: 'login', component: () => import('./views/Login.vue'), meta: { open: true } },
    { path: '/password', name: 'password', component: () => import('./views/Password.vue') },
    { path: '/tasks', name: 'tasks', component: () => import('./views/Tasks.vue') },
    { path: '/tasks/:id', name: 'task', component: () => import('./views/TaskDetail.vue'), props: true },
    { path: '/patients', name: 'patients', component: () => import('./views/Patients.vue') },
    { path: '/patients/:id', name: 'patient', component: () => import('./views/PatientView.vue'), props: true },
    { path: '/problems', name: 'problems', component: () => import('./views/Problems.vue') },
    { path: '/sms', name: 'sms', component: () => import('./views/Sms.vue') },
    { path: '/stats', name: 'stats', component: () => import('./views/Stats.vue') },
    { path: '/me', name: 'me', component: () => import('./views/Me.vue') },
    // The patient's questionnaire behind an SMS link or a bed's QR code: no login, the link is the credential.
    {
      path: '/q/bed/:template/:token',
      name: 'bed-questionnaire',
      component: () => import('./views/PatientQuestionnaire.vue'),
      props: true,
      meta: { open: true },
    },
    {
      path: '/q/:token',
      name: 'patient-questionnaire',
      component: () => import('./views/PatientQuestionnaire.vue'),
      props: true,
      meta: { open: true },
    },
    { path: '/pad', name: 'pad', component: () => import('./views/pad/Wards.vue') },
    { path: '/pad/ward/:id', name: 'ward', component: () => import('./views/pad/Ward.vue'), props: true },
    { path: '/pad/conflicts', name: 'conflicts', component: () => import('./views/pad/Conflicts.vue') },
    { path: '/:rest(.*)*', redirect: '/tasks' },
  ],
})

router.beforeEach((to) => {
  if (to.meta.open) return true
  if (!session.signedIn) return { name: 'login', query: { next: to.fullPath } }
  if (session.state.mustChangePassword && to.name !== 'password') return { name: 'password' }
  return true
})
