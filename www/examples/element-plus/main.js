import { createApp, reactive, ref } from 'vue';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import init, * as jincheng from 'jincheng-rules';
import { asyncValidatorRules } from 'jincheng-rules/adapters';
await init();
const yn = { Y: true, N: false };
createApp({ setup() {
  const form = reactive({}), formRef = ref(), report = ref(null), sent = ref(false);
  const rules = asyncValidatorRules(jincheng, 'mlps-filing', { form: () => formRef.value, asOf: () => document.body.dataset.serverDate, onReport: (r) => { report.value = r; }, fields: {
    '/operator/name': 'dwmc', '/operator/creditCode': 'xydm', '/operator/contact/name': 'lxr', '/operator/contact/mobile': 'lxdh', '/network/name': 'xtmc', '/network/levelDeterminedDate': 'dj_rq',
    '/network/level': { name: 'dj', values: { L1: '1', L2: '2', L3: '3', L4: '4', L5: '5' } }, '/expertReview/held': { name: 'zjps', values: yn }, '/expertReview/date': 'ps_rq', '/hasIndustryAuthority': { name: 'zgbm', values: yn },
    '/authorityApproval/authorityName': 'zgbm_mc', '/authorityApproval/approved': { name: 'hz', values: yn }, '/authorityApproval/date': 'hz_rq' } });
  return { form, formRef, rules, report, sent, submit: async () => { sent.value = await rules.$validate(); } };
} }).use(ElementPlus).mount('#app');
