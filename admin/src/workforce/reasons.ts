// The workforce module's reason codes (server/src/modules/workforce/workforce.errors.ts), in both
// languages (merged by i18n/index.ts).
export const messages = {
  id: {
    asn: {
      errors: {
        ABK_TWO_DECIMALS: 'Isi paling banyak dua angka di belakang koma',
        ABK_OTHER_GOVERNMENT: 'Jabatan ini milik instansi lain',
        ABK_NO_TASKS: 'Analisis beban kerja belum memiliki uraian tugas',
        ABK_NOT_DRAFT: 'Analisis beban kerja ini bukan lagi draf',
        ABK_APPROVED_NEW_VERSION: 'Analisis yang sudah disetujui tidak dapat diubah: buat versi baru',
        ABK_OPEN_VERSION: 'Jabatan ini sudah memiliki analisis yang belum disetujui untuk tahun tersebut',
        ALREADY_APPROVED: 'Sudah disetujui',
        PLAN_YEAR_RANGE: 'Tahun rencana di luar rentang yang diizinkan',
        SCENARIO_DUPLICATE_SECTOR: 'Sektor yang sama disebut dua kali dalam skenario',
        FORMASI_EXISTS: 'Usulan formasi untuk tahun ini sudah ada',
        FORMASI_NOT_DRAFT: 'Usulan formasi ini bukan lagi draf',
        FORMASI_OVER_PLAN: 'Usulan melebihi rencana kebutuhan: isi alasannya',
        FORMASI_EMPTY: 'Usulan formasi belum memiliki baris',
        FORMASI_DUPLICATE_LINE: 'Jabatan yang sama muncul dua kali dalam usulan',
        RATIO_DUPLICATE: 'Rasio target untuk sektor ini sudah ada',
      },
    },
  },
  en: {
    asn: {
      errors: {
        ABK_TWO_DECIMALS: 'Use at most two decimal places',
        ABK_OTHER_GOVERNMENT: 'This position belongs to another government',
        ABK_NO_TASKS: 'The workload analysis has no tasks yet',
        ABK_NOT_DRAFT: 'This workload analysis is no longer a draft',
        ABK_APPROVED_NEW_VERSION: 'An approved analysis cannot be changed: make a new version',
        ABK_OPEN_VERSION: 'This position already has an unapproved analysis for that year',
        ALREADY_APPROVED: 'Already approved',
        PLAN_YEAR_RANGE: 'The plan year is outside the allowed range',
        SCENARIO_DUPLICATE_SECTOR: 'The same sector appears twice in the scenario',
        FORMASI_EXISTS: 'A formasi proposal for this year already exists',
        FORMASI_NOT_DRAFT: 'This formasi proposal is no longer a draft',
        FORMASI_OVER_PLAN: 'The proposal exceeds the plan: give a justification',
        FORMASI_EMPTY: 'The formasi proposal has no lines',
        FORMASI_DUPLICATE_LINE: 'The same position appears twice in the proposal',
        RATIO_DUPLICATE: 'A target ratio for this sector already exists',
      },
    },
  },
};
