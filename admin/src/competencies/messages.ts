// Labels of the competency dictionary, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      competencies: {
        // Polyglot has one form for Indonesian: the same words in both places.
        name: 'Kamus kompetensi |||| Kamus kompetensi',
        create_title: 'Tambah kompetensi teknis',
        national: 'Nasional',
        level: 'Level',
        level_meaning: 'Uraian',
        level_n: 'Level %{level}',
        code_hint: 'Mis. T.01; huruf, angka, titik, tanda hubung',
        fields: {
          code: 'Kode',
          name: 'Nama kompetensi',
          kind: 'Jenis',
          description: 'Definisi',
          levelDescriptions: 'Uraian level 1-5',
          legalBasis: 'Dasar hukum',
          government: 'Berlaku untuk',
          'government.name': 'Berlaku untuk',
          governmentId: 'Instansi',
          q: 'Cari kode atau nama',
        },
      },
    },
  },
  en: {
    resources: {
      competencies: {
        name: 'Competency |||| Competency dictionary',
        create_title: 'New technical competency',
        national: 'National',
        level: 'Level',
        level_meaning: 'Description',
        level_n: 'Level %{level}',
        code_hint: 'E.g. T.01; letters, digits, dots, hyphens',
        fields: {
          code: 'Code',
          name: 'Competency',
          kind: 'Kind',
          description: 'Definition',
          levelDescriptions: 'Levels 1-5',
          legalBasis: 'Legal basis',
          government: 'Applies to',
          'government.name': 'Applies to',
          governmentId: 'Government',
          q: 'Search code or name',
        },
      },
    },
  },
};
