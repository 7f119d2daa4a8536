// The portal's own form (what a team has before adding any check): its pinyin names, its
// labels, an e-mail field the package does not know. The glue is main.tsx.
import type { UseFormReturn } from 'react-hook-form';
import type { AdapterReport } from 'jincheng-rules/adapters';

export interface Values {
  xmbh: string; xmmc: string; cddw: string; cddw_xydm: string; wcsx: string; yqcs: string; yqz: string; yqly: string; email: string;
}

const FIELDS: [keyof Values, string, string][] = [
  ['xmbh', '项目编号', 'text'], ['xmmc', '项目名称', 'text'], ['cddw', '承担单位', 'text'], ['cddw_xydm', '统一社会信用代码', 'text'],
  ['wcsx', '任务书约定完成时限', 'date'], ['yqcs', '已延期次数', 'text'], ['yqz', '申请延期至', 'date'], ['yqly', '延期理由', 'text'], ['email', '电子邮箱', 'email'],
];

export function ExtensionForm({ form, report }: { form: UseFormReturn<Values>; report: AdapterReport | null }) {
  const { register, handleSubmit, formState: { errors, isSubmitSuccessful } } = form;
  return (
    <form onSubmit={handleSubmit(() => undefined)} noValidate>
      {FIELDS.map(([name, label, type]) => (
        <p key={name}>
          <label htmlFor={name}>{label}</label>
          <input id={name} type={type} aria-invalid={errors[name] ? true : undefined} {...register(name)} />
          <span id={`${name}-error`} className="error">{errors[name]?.message}</span>
        </p>
      ))}
      <ul className="jc-notes">
        {report?.issues.filter((i) => i.severity !== 'error' || !i.placed).map((i) => <li key={i.path + i.code} className={`jc-${i.severity}`}>{i.message}</li>)}
        {report?.deadlines.map((d) => <li key={d.title} className="jc-deadline">{d.title}：{d.due}</li>)}
      </ul>
      <button type="submit" id="tijiao">提交</button>
      {isSubmitSuccessful && <span id="sent">已提交</span>}
    </form>
  );
}
