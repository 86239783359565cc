// Labels of the governments resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      governments: {
        name: 'Instansi |||| Instansi',
        fields: {
          code: 'Kode wilayah',
          name: 'Nama instansi',
          kind: 'Jenis',
          province: 'Provinsi',
          createdAt: 'Didaftarkan',
          units: 'Unit teratas',
          q: 'Cari nama atau kode',
        },
        helpers: { code: 'Kode wilayah Kemendagri, mis. 33.74 untuk Kota Semarang' },
      },
    },
    asn: { enums: { GovernmentKind: { KOTA: 'Kota', KABUPATEN: 'Kabupaten', PROVINSI: 'Provinsi', KEMENTERIAN_LEMBAGA: 'Kementerian/lembaga' } } },
  },
  en: {
    resources: {
      governments: {
        name: 'Government |||| Governments',
        fields: {
          code: 'Region code',
          name: 'Government name',
          kind: 'Kind',
          province: 'Province',
          createdAt: 'Registered',
          units: 'Top-level units',
          q: 'Search name or code',
        },
        helpers: { code: 'Kemendagri region code, e.g. 33.74 for Kota Semarang' },
      },
    },
    asn: { enums: { GovernmentKind: { KOTA: 'City (kota)', KABUPATEN: 'Regency (kabupaten)', PROVINSI: 'Province', KEMENTERIAN_LEMBAGA: 'Ministry/agency' } } },
  },
};
