// Labels of the assessments resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      assessments: {
        name: 'Asesmen kompetensi |||| Asesmen kompetensi',
        fields: {
          assessedOn: 'Tanggal asesmen',
          employee: 'Pegawai',
          employeeId: 'Pegawai',
          'employee.nip': 'NIP',
          'employee.displayName': 'Nama',
          purpose: 'Tujuan',
          assessor: 'Asesor / lembaga',
          potentialScore: 'Skor potensial',
          notes: 'Catatan',
          scores: 'Level per kompetensi (1-5)',
          competency: 'Kompetensi',
          level: 'Level',
          unitId: 'Unit kerja',
          from: 'Sejak tanggal',
          to: 'Sampai tanggal',
        },
      },
    },
  },
  en: {
    resources: {
      assessments: {
        name: 'Competency assessment |||| Competency assessments',
        fields: {
          assessedOn: 'Assessed on',
          employee: 'Employee',
          employeeId: 'Employee',
          'employee.nip': 'NIP',
          'employee.displayName': 'Name',
          purpose: 'Purpose',
          assessor: 'Assessor / institution',
          potentialScore: 'Potential score',
          notes: 'Notes',
          scores: 'Level per competency (1-5)',
          competency: 'Competency',
          level: 'Level',
          unitId: 'Unit',
          from: 'From',
          to: 'Until',
        },
      },
    },
  },
};
