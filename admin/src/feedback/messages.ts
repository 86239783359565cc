// Labels of the feedback (pengaduan) resource, in both languages (merged by i18n/index.ts).
export const messages = {
  id: {
    resources: {
      feedback: {
        name: 'Pengaduan |||| Pengaduan',
        fields: {
          trackingCode: 'Kode pelacakan',
          category: 'Jenis',
          status: 'Status',
          text: 'Isi',
          contact: 'Kontak pengirim',
          'unit.name': 'Unit',
          'service.name': 'Layanan',
          unitId: 'Unit',
          receivedAt: 'Diterima',
          startedAt: 'Mulai diproses',
          closedAt: 'Selesai',
          dueDate: 'Batas waktu',
          daysTaken: 'Hari / target',
          answer: 'Jawaban resmi',
          'answeredBy.displayName': 'Dijawab oleh',
          overdue: 'Lewat batas waktu',
          q: 'Kode atau isi',
        },
      },
    },
  },
  en: {
    resources: {
      feedback: {
        name: 'Feedback |||| Feedback',
        fields: {
          trackingCode: 'Tracking code',
          category: 'Kind',
          status: 'Status',
          text: 'Text',
          contact: 'Sender contact',
          'unit.name': 'Unit',
          'service.name': 'Service',
          unitId: 'Unit',
          receivedAt: 'Received',
          startedAt: 'Started',
          closedAt: 'Closed',
          dueDate: 'Due date',
          daysTaken: 'Days / target',
          answer: 'Official answer',
          'answeredBy.displayName': 'Answered by',
          overdue: 'Overdue',
          q: 'Code or text',
        },
      },
    },
  },
};
