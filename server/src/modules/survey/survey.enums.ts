import { registerEnumType } from 'type-graphql';

/** Whether a survey accepts responses (it must also be within its period). */
export enum SurveyStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });

/** How `surveyIndices` pools responses: one survey, a unit per year, or a government per year. */
export enum SurveyIndexGroup {
  SURVEY = 'SURVEY',
  UNIT = 'UNIT',
  GOVERNMENT = 'GOVERNMENT',
}
registerEnumType(SurveyIndexGroup, { name: 'SurveyIndexGroup', description: 'SURVEY: each survey and its own period; UNIT and GOVERNMENT: all responses of a unit (or government) per calendar year' });

export enum FeedbackCategory {
  COMPLAINT = 'COMPLAINT',
  SUGGESTION = 'SUGGESTION',
  APPRECIATION = 'APPRECIATION',
}
registerEnumType(FeedbackCategory, { name: 'FeedbackCategory', description: 'Pengaduan, saran or apresiasi' });

export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ANSWERED = 'ANSWERED',
  REJECTED = 'REJECTED',
}
registerEnumType(FeedbackStatus, { name: 'FeedbackStatus' });

// Respondent profile of the PermenPANRB 14/2017 questionnaire. Sent as strings (validated against
// these lists) so a wrong value is refused naming its field, like every other input problem.
export enum RespondentAgeBand {
  UNDER_20 = 'UNDER_20',
  AGE_20_29 = 'AGE_20_29',
  AGE_30_39 = 'AGE_30_39',
  AGE_40_49 = 'AGE_40_49',
  AGE_50_59 = 'AGE_50_59',
  AGE_60_PLUS = 'AGE_60_PLUS',
}

export enum RespondentSex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum RespondentEducation {
  SD = 'SD',
  SMP = 'SMP',
  SMA = 'SMA',
  DIPLOMA = 'DIPLOMA',
  S1_D4 = 'S1_D4',
  S2_PLUS = 'S2_PLUS',
}

export enum RespondentOccupation {
  PNS = 'PNS',
  TNI = 'TNI',
  POLRI = 'POLRI',
  SWASTA = 'SWASTA',
  WIRAUSAHA = 'WIRAUSAHA',
  PELAJAR_MAHASISWA = 'PELAJAR_MAHASISWA',
  LAINNYA = 'LAINNYA',
}

/** Indonesian labels of the profile options, as printed on the questionnaire. */
export const PROFILE_OPTIONS = {
  ageBand: {
    [RespondentAgeBand.UNDER_20]: 'Di bawah 20 tahun',
    [RespondentAgeBand.AGE_20_29]: '20-29 tahun',
    [RespondentAgeBand.AGE_30_39]: '30-39 tahun',
    [RespondentAgeBand.AGE_40_49]: '40-49 tahun',
    [RespondentAgeBand.AGE_50_59]: '50-59 tahun',
    [RespondentAgeBand.AGE_60_PLUS]: '60 tahun ke atas',
  },
  sex: {
    [RespondentSex.MALE]: 'Laki-laki',
    [RespondentSex.FEMALE]: 'Perempuan',
  },
  education: {
    [RespondentEducation.SD]: 'SD ke bawah',
    [RespondentEducation.SMP]: 'SMP',
    [RespondentEducation.SMA]: 'SMA / sederajat',
    [RespondentEducation.DIPLOMA]: 'D1 / D2 / D3',
    [RespondentEducation.S1_D4]: 'D4 / S1',
    [RespondentEducation.S2_PLUS]: 'S2 ke atas',
  },
  occupation: {
    [RespondentOccupation.PNS]: 'PNS',
    [RespondentOccupation.TNI]: 'TNI',
    [RespondentOccupation.POLRI]: 'POLRI',
    [RespondentOccupation.SWASTA]: 'Pegawai swasta',
    [RespondentOccupation.WIRAUSAHA]: 'Wirausaha',
    [RespondentOccupation.PELAJAR_MAHASISWA]: 'Pelajar / mahasiswa',
    [RespondentOccupation.LAINNYA]: 'Lainnya',
  },
} as const;
