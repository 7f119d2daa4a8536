import { bindForm } from '../pkg/form/index.js';
bindForm(document.getElementById('fhsq'), 'enforcement-supervision-review', {
  fields: { '/applicant/kind': { name: 'dw_lb', values: { 1: 'enforcement_agency', 2: 'authorized_organization', 3: 'citizen_or_organization' } },
    '/applicant/name': 'dw_mc', '/applicant/creditCode': 'xydm', '/applicant/contact/name': 'lxr_xm', '/applicant/contact/mobile': 'lxr_sj',
    '/decision/number': 'jd_wh', '/decision/issuer': 'jd_jg', '/decision/issuerDivision': 'jd_qh', '/decision/receivedDate': 'sd_rq', '/reasons': 'fh_ly' },
  asOf: () => document.body.dataset.serverDate,
  deadlines: document.getElementById('qx'),
});
