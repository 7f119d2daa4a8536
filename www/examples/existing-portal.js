import init from '../pkg/web/index.js';
import { bindForm } from '../pkg/form/index.js';
// The .wasm as its own file, compiled while it downloads (the page's import map keeps the embedded copy from loading).
init({ module_or_path: new URL('../pkg/web/jincheng_bg.wasm', import.meta.url) });
const form = document.getElementById('fhsq');
bindForm(form, 'enforcement-supervision-review', { asOf: () => document.body.dataset.serverDate, deadlines: document.getElementById('qx'),
  fields: { '/applicant/kind': { name: 'dw_lb', values: { 1: 'enforcement_agency', 2: 'authorized_organization', 3: 'citizen_or_organization' } },
    '/applicant/name': 'dw_mc', '/applicant/creditCode': 'xydm', '/applicant/contact/name': 'lxr_xm', '/applicant/contact/mobile': 'lxr_sj',
    '/decision/number': 'jd_wh', '/decision/issuer': 'jd_jg', '/decision/issuerDivision': 'jd_qh', '/decision/receivedDate': 'sd_rq', '/reasons': 'fh_ly' } });
// A portal's server takes the POST and answers with its own confirmation; this page has no server, so it shows one itself.
form.addEventListener('submit', (e) => { e.preventDefault(); form.hidden = true; Object.assign(document.getElementById('sent'), { hidden: false }).focus(); });
