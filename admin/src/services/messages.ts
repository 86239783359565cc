// Labels of the services (layanan publik) resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      services: {
        name: 'Layanan |||| Layanan',
        fields: {
          name: 'Nama layanan',
          description: 'Keterangan',
          active: 'Aktif',
          unitId: 'Unit penyelenggara',
          'unit.name': 'Unit penyelenggara',
          q: 'Cari nama layanan',
        },
      },
    },
  },
  en: {
    resources: {
      services: {
        name: 'Service |||| Services',
        fields: {
          name: 'Service name',
          description: 'Description',
          active: 'Active',
          unitId: 'Providing unit',
          'unit.name': 'Providing unit',
          q: 'Search service name',
        },
      },
    },
  },
};
