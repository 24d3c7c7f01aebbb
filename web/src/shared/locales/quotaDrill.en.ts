/** The excellent quota of a large cycle on its dashboard: summary, drill-down region → unit → pool, and the pools fullest first. */
const quotaDrillEn = {
  quotaDrill: {
    title: 'Excellent quota',
    pools: '{count} pools',
    tiles: {
      over: 'Over the quota',
      full: 'Used up',
      tight: 'Tight',
      open: 'Places left',
    },
    tileHint: 'Show these pools in the list below',
    showAll: 'Show every pool',
    regionsTitle: 'By region',
    regionsHint: 'Open a region to see its units, and a unit to see its pools.',
    columns: {
      name: 'Organisation',
      pools: 'Pools',
      over: 'Over',
      full: 'Used up',
      tight: 'Tight',
      used: 'EXCELLENT decided / allowed',
    },
    own: '{name} (its own pools)',
    open: 'Open {name}',
    close: 'Close {name}',
    loading: 'Loading…',
    listTitle: 'Pools, the fullest first',
    listFiltered: 'Pools: {standing}',
    page: 'Pools {from}–{to} of {total}',
    previous: 'Previous page',
    next: 'Next page',
    noneHere: 'No pool stands so here',
  },
};
export default quotaDrillEn;
