// Labels of the evaluations resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    asn: {
      evaluation: {
        correct: 'Koreksi',
        correct_title: 'Koreksi evaluasi kinerja',
      },
    },
    resources: {
      evaluations: {
        name: 'Evaluasi kinerja |||| Evaluasi kinerja',
        fields: {
          year: 'Tahun',
          period: 'Periode',
          'employee.nip': 'NIP',
          'employee.displayName': 'Nama',
          resultRating: 'Hasil kerja',
          behaviourRating: 'Perilaku kerja',
          predikat: 'Predikat',
          reasons: 'Alasan',
          'evaluator.displayName': 'Pejabat penilai',
          'plan.positionTitle': 'Jabatan (saat SKP)',
          'plan.unitName': 'Unit (saat SKP)',
          notes: 'Catatan',
          legalBasis: 'Dasar hukum',
          unitId: 'Unit kerja',
          employeeId: 'Pegawai',
        },
      },
    },
  },
  en: {
    asn: {
      evaluation: {
        correct: 'Correct',
        correct_title: 'Correct the performance evaluation',
      },
    },
    resources: {
      evaluations: {
        name: 'Performance evaluation |||| Performance evaluations',
        fields: {
          year: 'Year',
          period: 'Period',
          'employee.nip': 'NIP',
          'employee.displayName': 'Name',
          resultRating: 'Work results',
          behaviourRating: 'Work behaviour',
          predikat: 'Rating (predikat)',
          reasons: 'Reasons',
          'evaluator.displayName': 'Evaluator',
          'plan.positionTitle': 'Position (in the plan)',
          'plan.unitName': 'Unit (in the plan)',
          notes: 'Notes',
          legalBasis: 'Legal basis',
          unitId: 'Unit',
          employeeId: 'Employee',
        },
      },
    },
  },
};
