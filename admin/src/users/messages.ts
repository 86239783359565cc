// Labels of the users resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      users: {
        name: 'Pengguna |||| Pengguna',
        fields: {
          email: 'Email',
          displayName: 'Nama',
          role: 'Peran',
          active: 'Aktif',
          lastLoginAt: 'Terakhir masuk',
          createdAt: 'Dibuat',
          government: 'Instansi',
          'government.name': 'Instansi',
          governmentId: 'Instansi',
          unit: 'Unit kerja',
          'unit.name': 'Unit kerja',
          unitId: 'Unit kerja',
          employee: 'Pegawai',
          'employee.displayName': 'Pegawai',
          employeeId: 'Pegawai',
          password: 'Kata sandi',
          q: 'Cari email atau nama',
        },
        sections: {
          password: 'Kata sandi awal',
          new_password: 'Ganti kata sandi',
        },
        helpers: {
          email_fixed: 'Email akun tidak dapat diubah',
          password: 'Minimal 10 karakter, berisi huruf dan angka. Sampaikan kepada pemilik akun secara langsung.',
          password_keep: 'Kosongkan untuk tetap memakai kata sandi yang sekarang',
          unit: 'Admin unit mengelola unit ini dan sub-unitnya',
          employee: 'Akun pegawai hanya melihat data dirinya sendiri',
          national_analyst: 'Kosongkan untuk analis nasional (semua instansi)',
        },
      },
    },
  },
  en: {
    resources: {
      users: {
        name: 'User |||| Users',
        fields: {
          email: 'Email',
          displayName: 'Name',
          role: 'Role',
          active: 'Active',
          lastLoginAt: 'Last login',
          createdAt: 'Created',
          government: 'Government',
          'government.name': 'Government',
          governmentId: 'Government',
          unit: 'Unit',
          'unit.name': 'Unit',
          unitId: 'Unit',
          employee: 'Employee',
          'employee.displayName': 'Employee',
          employeeId: 'Employee',
          password: 'Password',
          q: 'Search e-mail or name',
        },
        sections: {
          password: 'Initial password',
          new_password: 'Change password',
        },
        helpers: {
          email_fixed: "An account's e-mail cannot be changed",
          password: 'At least 10 characters, with letters and digits. Hand it to the account owner in person.',
          password_keep: 'Leave empty to keep the current password',
          unit: 'A unit admin manages this unit and its sub-units',
          employee: 'An employee account sees only their own record',
          national_analyst: 'Leave empty for a national analyst (every government)',
        },
      },
    },
  },
};
