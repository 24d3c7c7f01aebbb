/** 大规模考核周期仪表盘上的优秀名额：汇总、按地区→单位→名额池逐级展开，以及按紧张程度排序的名额池列表。 */
const quotaDrillZhCN = {
  quotaDrill: {
    title: '优秀名额',
    pools: '共 {count} 个名额池',
    tiles: {
      over: '超出名额',
      full: '名额已满',
      tight: '名额紧张',
      open: '尚有名额',
    },
    tileHint: '在下方列表中只看这些名额池',
    showAll: '查看全部名额池',
    regionsTitle: '按地区查看',
    regionsHint: '展开地区可查看所属单位，展开单位可查看其名额池。',
    columns: {
      name: '单位',
      pools: '名额池',
      over: '超出',
      full: '已满',
      tight: '紧张',
      used: '已定优秀 / 可评优秀',
    },
    own: '{name}（本级名额池）',
    open: '展开{name}',
    close: '收起{name}',
    loading: '正在加载…',
    listTitle: '名额池（最紧张的在前）',
    listFiltered: '名额池：{standing}',
    page: '第 {from}–{to} 个，共 {total} 个',
    previous: '上一页',
    next: '下一页',
    noneHere: '此处没有这种情况的名额池',
  },
};
export default quotaDrillZhCN;
