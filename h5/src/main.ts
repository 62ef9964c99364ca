import { createApp } from 'vue'
import {
  Button, Cell, CellGroup, Checkbox, CheckboxGroup, Collapse, CollapseItem, Dialog, Empty, Field, Form,
  List, Loading, NavBar, NoticeBar, PullRefresh, Radio, RadioGroup, Search, Tab, Tabbar, TabbarItem, Tabs, Tag,
} from 'vant'
import 'vant/lib/index.css'
import App from './App.vue'
import { router } from './router'

const app = createApp(App)
for (const component of [
  Button, Cell, CellGroup, Checkbox, CheckboxGroup, Collapse, CollapseItem, Dialog, Empty, Field, Form,
  List, Loading, NavBar, NoticeBar, PullRefresh, Radio, RadioGroup, Search, Tab, Tabbar, TabbarItem, Tabs, Tag,
]) {
  app.use(component)
}
app.use(router).mount('#app')

// The app shell is cached by a service worker so a pad can reload with no network (not on a
// patient's phone opening a questionnaire link: nothing of the staff app is kept there).
if ('serviceWorker' in navigator && !location.pathname.startsWith('/h5/q/')) {
  void navigator.serviceWorker.register('/h5/sw.js', { scope: '/h5/' })
}
