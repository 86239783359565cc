// Labels of the units resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      units: {
        name: 'Unit kerja |||| Unit kerja',
        fields: {
          code: 'Kode',
          name: 'Nama unit',
          kind: 'Jenis',
          sector: 'Sektor',
          depth: 'Tingkat',
          populationServed: 'Penduduk dilayani',
          address: 'Alamat',
          active: 'Aktif',
          employeeCount: 'Jumlah pegawai',
          parentId: 'Unit induk',
          parent: 'Unit induk',
          'parent.name': 'Unit induk',
          government: 'Instansi',
          q: 'Cari nama atau kode',
          withinUnitId: 'Di bawah unit',
          topLevel: 'Hanya unit teratas',
        },
      },
    },
  },
  en: {
    resources: {
      units: {
        name: 'Unit |||| Units',
        fields: {
          code: 'Code',
          name: 'Unit name',
          kind: 'Kind',
          sector: 'Sector',
          depth: 'Level',
          populationServed: 'Population served',
          address: 'Address',
          active: 'Active',
          employeeCount: 'Employees',
          parentId: 'Parent unit',
          parent: 'Parent unit',
          'parent.name': 'Parent unit',
          government: 'Government',
          q: 'Search name or code',
          withinUnitId: 'Below unit',
          topLevel: 'Top-level units only',
        },
      },
    },
  },
};
