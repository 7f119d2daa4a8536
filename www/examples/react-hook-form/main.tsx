import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, type UseFormReturn } from 'react-hook-form';
import init, * as jincheng from 'jincheng-rules';
import { jinchengResolver, type AdapterReport } from 'jincheng-rules/adapters';
import { ExtensionForm, type Values } from './form';
function App() {
  const [report, setReport] = useState<AdapterReport | null>(null);
  const [resolver] = useState(() => jinchengResolver<Values>(jincheng, 'scitech-acceptance-extension', { asOf: () => document.body.dataset.serverDate, onReport: setReport, form: () => form, fields: {
    '/projectNumber': 'xmbh', '/projectName': 'xmmc', '/undertakingUnit/name': 'cddw', '/undertakingUnit/creditCode': 'cddw_xydm',
    '/completionDeadline': 'wcsx', '/previousExtensions': 'yqcs', '/requestedUntil': 'yqz', '/reason': 'yqly' } }));
  const form: UseFormReturn<Values> = useForm<Values>({ mode: 'onTouched', resolver });
  return <ExtensionForm form={form} report={report} />;
}
init().then(() => createRoot(document.getElementById('app')!).render(<App />));
