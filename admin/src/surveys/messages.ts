// Labels of the surveys (SKM) resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      surveys: {
        name: 'Survei (SKM) |||| Survei (SKM)',
        fields: {
          title: 'Judul',
          unitId: 'Unit',
          'unit.name': 'Unit',
          serviceId: 'Layanan',
          periodStart: 'Awal periode',
          periodEnd: 'Akhir periode',
          population: 'Populasi dilayani',
          status: 'Status',
          acceptingResponses: 'Menerima jawaban',
          responseCount: 'Responden / sampel minimum',
          'index.ikm': 'IKM',
          'index.grade': 'Mutu',
          q: 'Cari judul',
          year: 'Tahun',
        },
      },
    },
  },
  en: {
    resources: {
      surveys: {
        name: 'Survey (SKM) |||| Surveys (SKM)',
        fields: {
          title: 'Title',
          unitId: 'Unit',
          'unit.name': 'Unit',
          serviceId: 'Service',
          periodStart: 'Period start',
          periodEnd: 'Period end',
          population: 'Population served',
          status: 'Status',
          acceptingResponses: 'Accepting responses',
          responseCount: 'Respondents / minimum sample',
          'index.ikm': 'IKM',
          'index.grade': 'Grade',
          q: 'Search title',
          year: 'Year',
        },
      },
    },
  },
};
