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
    { path: '/me', name: 'me', component: () => import('./views/Me.vue') },
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
