import type { EnrolmentSkipReason } from '../../gql/graphql';

/** Simplified Chinese for enrolment by cadre management authority (干部管理权限) and the leadership team's report author. Spread into `zh-CN.ts`; `enrolment.en.ts` has the same keys. */
const enrolmentZhCN = {
  enrolment: {
    managingOrganisation: '干部管理权限',
    managingHint: '按干部管理权限，由该单位组织部门考核；其本级或上级考核方案方可纳入',
    assessingOrganisation: '组织考核单位',
    reportTitle: '纳入结果',
    reportSummary: '本次纳入干部 {cadres} 人、领导班子 {teams} 个；未纳入 {skipped} 项',
    skippedTitle: '未纳入名单',
    subject: '考核对象',
    teamOf: '{organisation}领导班子',
    reason: '原因',
    holder: '已在考核',
    reasons: {
      ALREADY_ENROLLED: '本考核期已纳入其他考核',
      OUTSIDE_MANAGING_JURISDICTION: '不属本级干部管理权限',
      NOT_SERVING: '已退休或已离开，不再考核',
      UNIT_RETIRED: '所在单位已撤销',
    } satisfies Record<EnrolmentSkipReason, string>,
    managedBy: '由{organisation}管理',
    close: '知道了',
  },
  teamReport: {
    author: '班子总结撰写人',
    authorHint: '领导班子总结由单位主要负责人或单位指定人员撰写、提交',
    principalOnly: '单位主要负责人（未另行指定）',
    designated: '指定人员：{name}',
    designate: '指定撰写人',
    pick: '选择本单位干部',
    save: '确定',
    withdraw: '撤销指定',
  },
};

export default enrolmentZhCN;
